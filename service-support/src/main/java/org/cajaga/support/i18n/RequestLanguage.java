package org.cajaga.support.i18n;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import org.cajaga.core.i18n.Language;

/**
 * The language of the current request. A resource that localizes its answer asks this bean; the
 * {@link ContentLanguageFilter} then announces the language only on answers that used it.
 */
@RequestScoped
public class RequestLanguage {

    @Inject
    HttpServerRequest request;

    private Language resolved;

    public Language get() {
        if (resolved == null) {
            resolved = Language.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        }
        return resolved;
    }

    boolean wasUsed() {
        return resolved != null;
    }
}
