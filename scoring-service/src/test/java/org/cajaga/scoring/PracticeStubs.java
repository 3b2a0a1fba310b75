package org.cajaga.scoring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.UrlPathPattern;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** Registers practice records in the upstream stub (practices-service and taxonomy-service share it) and controls it. */
final class PracticeStubs {

    private PracticeStubs() {
    }

    /** A new practice in the given status, as practices-service would serve it; returns its id. */
    static UUID practice(String status, boolean cocreated, String createdBy) {
        return practice(UUID.randomUUID(), status, cocreated, createdBy);
    }

    /** The practice {@code id} (e.g. one named by an example of the OpenAPI document) as practices-service would serve it. */
    static UUID practice(UUID id, String status, boolean cocreated, String createdBy) {
        wireMock().register(get("/api/v1/practices/" + id).willReturn(okJson("""
                {"id": "%s", "title": "Ejemplo: presupuesto participativo", "status": "%s",
                 "coCreation": {"cocreated": %s, "how": "mesas vecinales"},
                 "location": {"country": "MX", "stateCode": "08", "municipalities": ["08019"]},
                 "principles": ["PARTICIPATION", "TRANSPARENCY"], "sdgGoals": [11, 16], "createdBy": "%s",
                 "version": 2}
                """.formatted(id, status, cocreated, createdBy))));
        return id;
    }

    /** practices-service no longer has the practice {@code id} (deleted): it answers 404. */
    static void deleted(UUID id) {
        wireMock().register(get("/api/v1/practices/" + id).willReturn(aResponse().withStatus(404)));
    }

    /** practices-service breaks the connection when asked for the practice {@code id}. */
    static void unreachable(UUID id, Fault fault) {
        wireMock().register(get("/api/v1/practices/" + id).willReturn(aResponse().withFault(fault)));
    }

    static UUID published(boolean cocreated) {
        return practice("PUBLISHED", cocreated, "editora.demo");
    }

    static void classificationEndpoint(Fault fault) {
        wireMock().register(put(urlPathClassification()).willReturn(aResponse().withFault(fault)));
    }

    static void classificationEndpointStatus(int status) {
        wireMock().register(put(urlPathClassification()).willReturn(aResponse().withStatus(status)));
    }

    /** practices-service answers {@code status} to the classification of the practice {@code id} only. */
    static void classificationOfPracticeAnswers(UUID id, int status) {
        wireMock().register(put(urlEqualTo("/api/v1/practices/" + id + "/classification"))
                .willReturn(aResponse().withStatus(status)));
    }

    static void classificationEndpointUp() {
        wireMock().register(put(urlPathClassification()).willReturn(okJson("{}")));
    }

    static List<LoggedRequest> classificationsSent(UUID practice) {
        return wireMock().find(putRequestedFor(urlEqualTo("/api/v1/practices/" + practice + "/classification")));
    }

    private static UrlPathPattern urlPathClassification() {
        return WireMock.urlPathMatching("/api/v1/practices/[^/]+/classification");
    }

    static WireMock wireMock() {
        URI base = URI.create(ConfigProvider.getConfig().getValue("quarkus.rest-client.practices.url", String.class));
        return new WireMock(base.getHost(), base.getPort());
    }
}
