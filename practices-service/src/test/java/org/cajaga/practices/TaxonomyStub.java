package org.cajaga.practices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Stands in for taxonomy-service's batch validation endpoint: it knows the real principle, lesson and
 * sector codes, SDG targets of goals 1–17 and the INEGI municipalities, and answers like the real
 * service. It also serves the lists practices-service copies names from (principles, lessons, SDG goals
 * and targets, states, municipalities), from taxonomy-service's own reference data, paged and in the
 * language asked for ({@link Labels}), and the labels the catalogue reads ({@link TaxonomyLabelStubs}).
 * Tests switch it off and on through WireMock's admin API ({@link TaxonomyControl}).
 */
public class TaxonomyStub implements QuarkusTestResourceLifecycleManager {

    static final Set<String> PRINCIPLES = Set.of("TRANSPARENCY", "ACCOUNTABILITY", "PARTICIPATION", "INNOVATION");
    static final Set<String> LESSONS = Set.of("INTEGRAL", "COCREATION", "SOCIAL_INNOVATION", "SINGLE_PLATFORM",
            "SPECIFIC_PROBLEMS", "DIRECT_INTERACTION", "INFORMATION_EMPOWERS", "CITIZENS_AT_CENTRE",
            "STRATEGIC_ALLIANCES", "AGENDA2030");
    static final Set<String> SECTORS = Set.of("GOVERNMENT", "CIVIL_SOCIETY", "ACADEMIA", "PRIVATE_SECTOR", "CITIZENS",
            "INTERNATIONAL_ORGANISATION");

    static final Set<String> ACCEPTED_FIELDS = Set.of("principles", "lessons", "sectors", "sdgGoals", "sdgTargets",
            "states", "municipalities", "criteriaSetVersions");

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().extensions(new Validation(), new Labels()));
        server.start();
        server.stubFor(WireMock.post("/api/v1/taxonomy/validation")
                .willReturn(WireMock.aResponse().withTransformers("validation")));
        TaxonomyLabelStubs.mappings().forEach(mapping -> server.addStubMapping(StubMapping.buildFrom(mapping)));
        server.stubFor(WireMock.get(WireMock.urlPathMatching(Labels.PATHS))
                .willReturn(WireMock.aResponse().withTransformers("labels")));
        return Map.of("quarkus.rest-client.taxonomy.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static final class Validation implements ResponseTransformerV2 {

        private final ObjectMapper json = new ObjectMapper();
        private final Set<String> municipalities = readMunicipalities();

        @Override
        public String getName() {
            return "validation";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public Response transform(Response response, ServeEvent event) {
            try {
                JsonNode codes = json.readTree(event.getRequest().getBodyAsString());
                Set<String> fields = new HashSet<>();
                codes.fieldNames().forEachRemaining(fields::add);
                if (!ACCEPTED_FIELDS.containsAll(fields)) {
                    // like taxonomy-service, which refuses unknown JSON fields
                    return Response.Builder.like(response).but().status(400).body("{\"status\": 400}").build();
                }
                ObjectNode unknown = json.createObjectNode();
                check(codes, unknown, "principles", PRINCIPLES::contains);
                check(codes, unknown, "lessons", LESSONS::contains);
                check(codes, unknown, "sectors", SECTORS::contains);
                check(codes, unknown, "sdgTargets", t -> t.matches("([1-9]|1[0-7])\\.([0-9]{1,2}|[a-c])"));
                check(codes, unknown, "municipalities", municipalities::contains);
                ObjectNode report = json.createObjectNode().put("valid", unknown.isEmpty());
                report.set("unknown", unknown);
                return Response.Builder.like(response).but().status(200)
                        .headers(new HttpHeaders(new HttpHeader("Content-Type", "application/json")))
                        .body(json.writeValueAsString(report)).build();
            } catch (IOException broken) {
                throw new UncheckedIOException(broken);
            }
        }

        private static void check(JsonNode codes, ObjectNode unknown, String kind, Predicate<String> known) {
            JsonNode given = codes.get(kind);
            if (given == null) {
                return;
            }
            ArrayNode missing = unknown.arrayNode();
            given.forEach(code -> {
                if (!known.test(code.asText())) {
                    missing.add(code.asText());
                }
            });
            if (!missing.isEmpty()) {
                unknown.set(kind, missing);
            }
        }

        private static Set<String> readMunicipalities() {
            try {
                return Files.readAllLines(Path.of("../taxonomy-service/src/main/resources/reference/mx-municipalities.csv"))
                        .stream().skip(1).map(line -> line.substring(0, 5)).collect(Collectors.toSet());
            } catch (IOException missing) {
                throw new UncheckedIOException(missing);
            }
        }
    }
}
