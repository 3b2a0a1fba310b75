package org.cajaga.support.idempotency;

/** What a request with an {@code Idempotency-Key} finds when it claims the key. */
sealed interface Attempt {

    /** The key is new: this request runs and its answer is kept. */
    record First() implements Attempt {
    }

    /** The same request was answered before: replay the answer. */
    record Repeated(StoredAnswer answer) implements Attempt {
    }

    /** The key was used for another request (other method, path or body). */
    record Reused() implements Attempt {
    }

    /** The first request with this key is still running. */
    record InProgress() implements Attempt {
    }
}
