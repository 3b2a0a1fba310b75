package org.cajaga.practices;

import static io.restassured.RestAssured.given;

import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** Switches the taxonomy stub between answering and dropping connections, through WireMock's admin API. */
final class TaxonomyControl {

    private static final String VALIDATION = "{\"method\": \"POST\", \"url\": \"/api/v1/taxonomy/validation\"}";

    private TaxonomyControl() {
    }

    static void goDown() {
        reset();
        given().body("{\"request\": " + VALIDATION + ", \"response\": {\"fault\": \"CONNECTION_RESET_BY_PEER\"}}")
                .post(admin() + "/mappings").then().statusCode(201);
    }

    static void goUp() {
        reset();
        given().body("{\"request\": " + VALIDATION + ", \"response\": {\"transformers\": [\"validation\"]}}")
                .post(admin() + "/mappings").then().statusCode(201);
        given().body("{\"request\": {\"method\": \"GET\", \"urlPathPattern\": \"" + Labels.PATHS + "\"}, "
                + "\"response\": {\"transformers\": [\"labels\"]}}").post(admin() + "/mappings").then().statusCode(201);
    }

    /** Makes taxonomy-service refuse every validation with a 400, as it refuses a request it finds wrong. */
    static void refuse() {
        reset();
        given().body("{\"request\": " + VALIDATION + ", \"response\": {\"status\": 400, \"headers\": "
                + "{\"Content-Type\": \"application/problem+json\"}, \"body\": \"{\\\"status\\\": 400}\"}}")
                .post(admin() + "/mappings").then().statusCode(201);
    }

    /**
     * Makes taxonomy-service call the principle {@code code} {@code spanish} (in Spanish) until
     * {@link #removeRename(String)}; returns the stub's id.
     */
    static String rename(String code, String spanish) {
        String body = Labels.principlesRenamed(code, spanish);
        return given().body(Map.of("priority", 1, "request", Map.of("method", "GET", "urlPath", "/api/v1/taxonomy/principles",
                        "headers", Map.of("Accept-Language", Map.of("equalTo", "es"))),
                        "response", Map.of("status", 200, "headers", Map.of("Content-Type", "application/json"), "body", body)))
                .contentType("application/json").post(admin() + "/mappings").then().statusCode(201).extract().path("id");
    }

    static void removeRename(String id) {
        given().delete(admin() + "/mappings/" + id).then().statusCode(200);
    }

    /** Validation calls received since the last switch. */
    static int calls() {
        return given().body(VALIDATION).post(admin() + "/requests/count").then().statusCode(200)
                .extract().path("count");
    }

    private static void reset() {
        given().post(admin() + "/mappings/reset").then().statusCode(200);
        TaxonomyLabelStubs.mappings().forEach(mapping -> given().body(mapping).post(admin() + "/mappings").then()
                .statusCode(201));
        given().delete(admin() + "/requests").then().statusCode(200);
    }

    /** The taxonomy stub's WireMock admin API. */
    static String admin() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.taxonomy.url", String.class) + "/__admin";
    }
}
