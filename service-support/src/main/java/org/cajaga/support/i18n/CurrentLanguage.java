package org.cajaga.support.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import org.cajaga.core.i18n.Language;

/** The current request's language for code that is not a bean (problem builders); Spanish outside a request. */
public final class CurrentLanguage {

    private CurrentLanguage() {
    }

    public static Language get() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return Language.ES;
        }
        return container.instance(RequestLanguage.class).get().get();
    }
}
