package org.cajaga.e2e.examples;

import java.io.PrintStream;
import java.util.List;
import org.cajaga.client.ApiClient;
import org.cajaga.client.ApiException;
import org.cajaga.client.api.SearchApi;
import org.cajaga.client.model.Practice;
import org.cajaga.client.model.SearchPage;

/**
 * The root README's Java example: published practices of Chihuahua (state 08) about participation,
 * through the client generated from the gateway's /openapi. No token: published records are public.
 */
public final class FindPractices {

    public static void main(String[] args) throws ApiException {
        run(args.length > 0 ? args[0] : "http://localhost:8080", System.out);
    }

    public static void run(String gateway, PrintStream out) throws ApiException {
        ApiClient client = new ApiClient();
        client.updateBaseUri(gateway);
        SearchPage page = new SearchApi(client).listPractices(SearchApi.APIListPracticesRequest.newBuilder()
                .q("participativo").state(List.of("08")).facets(true).limit(10).build());
        for (Practice practice : page.getItems()) {
            out.println(practice.getId() + "  " + practice.getTitle());
        }
        out.println("By state: " + page.getFacets().getState());
    }

    private FindPractices() {
    }
}
