package org.cajaga.support.i18n;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.cajaga.core.i18n.Language;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Adds {@code Content-Language} and {@code Vary: Accept-Language} to answers that were localized. */
public class ContentLanguageFilter {

    @Inject
    RequestLanguage language;

    @ServerResponseFilter
    public void announceLanguage(ContainerResponseContext response) {
        if (language.wasUsed()) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.get().tag());
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
    }
}
