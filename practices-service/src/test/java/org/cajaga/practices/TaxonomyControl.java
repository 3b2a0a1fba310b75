package org.cajaga.practices;

import static io.restassured.RestAssured.given;

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
    }

    /** Validation calls received since the last switch. */
    static int calls() {
        return given().body(VALIDATION).post(admin() + "/requests/count").then().statusCode(200)
                .extract().path("count");
    }

    private static void reset() {
        given().post(admin() + "/mappings/reset").then().statusCode(200);
        given().delete(admin() + "/requests").then().statusCode(200);
    }

    private static String admin() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.taxonomy.url", String.class) + "/__admin";
    }
}
