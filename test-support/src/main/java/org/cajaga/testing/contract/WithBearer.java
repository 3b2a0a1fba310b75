package org.cajaga.testing.contract;

import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Request;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request as the validator sees it, with the bearer token RestAssured's {@code auth().oauth2(token)}
 * sends: RestAssured adds that header after the filters ran, where the validator would miss it.
 */
final class WithBearer implements Request {

    private static final String AUTHORIZATION = "Authorization";

    private final Request request;
    private final String authorization;

    WithBearer(Request request, String token) {
        this.request = request;
        this.authorization = "Bearer " + token;
    }

    @Override
    public String getPath() {
        return request.getPath();
    }

    @Override
    public Method getMethod() {
        return request.getMethod();
    }

    @Override
    @SuppressWarnings("deprecation")
    public Optional<String> getBody() {
        return request.getBody();
    }

    @Override
    public Optional<Body> getRequestBody() {
        return request.getRequestBody();
    }

    @Override
    public Collection<String> getQueryParameters() {
        return request.getQueryParameters();
    }

    @Override
    public Collection<String> getQueryParameterValues(String name) {
        return request.getQueryParameterValues(name);
    }

    @Override
    public Map<String, Collection<String>> getHeaders() {
        Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(request.getHeaders());
        headers.put(AUTHORIZATION, List.of(authorization));
        return headers;
    }

    @Override
    public Collection<String> getHeaderValues(String name) {
        return AUTHORIZATION.equalsIgnoreCase(name) ? List.of(authorization) : request.getHeaderValues(name);
    }

    @Override
    public Optional<String> getContentType() {
        return request.getContentType();
    }
}
