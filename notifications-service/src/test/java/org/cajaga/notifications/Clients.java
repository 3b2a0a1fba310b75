package org.cajaga.notifications;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.cajaga.testing.TestTokens;

/** OAuth clients as Keycloak's tokens present them, and their calls to the subscriptions API. */
final class Clients {

    static final String PORTAL = TestTokens.forUser("service-account-portal", Map.of("azp", "portal"), "subscriber");
    static final String OTHER_PORTAL = TestTokens.forUser("service-account-other", Map.of("azp", "other-portal"), "subscriber");
    static final String GOVERNMENT = TestTokens.forUser("service-account-municipal-system-demo",
            Map.of("azp", "municipal-system-demo"), "integrator");
    static final String EDITOR = TestTokens.forUser("editor.demo", Map.of("azp", "demo-cli"), "editor");

    private Clients() {
    }

    /** A subscription of the portal to every practice event in this municipality. */
    static Created subscribe(String url, String municipality) {
        return subscribe(PORTAL, Map.of("url", url, "eventTypes", List.of("practice.published", "practice.updated",
                "practice.classified", "practice.withdrawn", "practice.archived"),
                "filters", Map.of("municipalities", List.of(municipality))));
    }

    static Created subscribe(String token, Map<String, Object> body) {
        ValidatableResponse created = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/subscriptions").then().statusCode(201);
        return new Created(created.extract().path("subscription.id"), created.extract().path("secret"),
                created.extract().header("ETag"));
    }

    record Created(String id, String secret, String etag) {
    }
}
