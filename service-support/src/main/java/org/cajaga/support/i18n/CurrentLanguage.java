package org.cajaga.support.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;

/** The current request's language for code that is not a bean (problem builders); Spanish outside a request. */
public final class CurrentLanguage {

    private CurrentLanguage() {
    }

    public static Language get() {
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            return Language.ES;
        }
        return Arc.container().instance(RequestLanguage.class).get().get();
    }
}
