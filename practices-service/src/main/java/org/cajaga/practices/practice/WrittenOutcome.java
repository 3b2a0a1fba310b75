package org.cajaga.practices.practice;

import jakarta.enterprise.context.RequestScoped;

/** What the request's last single write did, as {@link PracticeWriter} decided it, for {@link PushCounting}. */
@RequestScoped
class WrittenOutcome {

    private UpsertOutcome outcome;

    void set(UpsertOutcome outcome) {
        this.outcome = outcome;
    }

    UpsertOutcome get() {
        return outcome;
    }
}
