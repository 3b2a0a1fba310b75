package org.cajaga.e2e;

import org.cajaga.client.ApiClient;
import org.cajaga.client.ApiResponse;

/** ApiClients of the Java client generated from the merged OpenAPI, pointed at the stack's gateway. */
final class Clients {

    private final String gateway;

    Clients(String gateway) {
        this.gateway = gateway;
    }

    ApiClient anonymous() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(gateway);
        return client;
    }

    /** Sends the token as `Authorization: Bearer` on every request. */
    ApiClient bearer(String token) {
        return anonymous().setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    static String etag(ApiResponse<?> response) {
        return header(response, "ETag");
    }

    static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                .map(header -> header.getValue().get(0)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " header in " + response.getHeaders()));
    }
}
