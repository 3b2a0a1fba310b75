package org.cajaga.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Create, read, change, rotate and delete subscriptions; each belongs to the OAuth client that made it. */
@QuarkusTest
class SubscriptionApiTest {

    private static final Map<String, Object> BODY = Map.of("url", "https://portal.example.org/hooks/cajaga",
            "eventTypes", List.of("practice.published"), "filters", Map.of("states", List.of("08")));

    @Test
    void theSecretIsShownOnceAndTheSubscriptionIsTheOwnersOnly() {
        Clients.Created created = Clients.subscribe(Clients.PORTAL, BODY);
        assertThat(created.secret()).matches("^whsec_[A-Za-z0-9+/]{32}$");

        given().auth().oauth2(Clients.PORTAL).get("/api/v1/subscriptions/" + created.id()).then().statusCode(200)
                .body("status", is("ACTIVE")).body("filters.states", hasItem("08")).body("activeSecrets", is(1))
                .body(not(containsString("whsec_")));
        given().auth().oauth2(Clients.PORTAL).get("/api/v1/subscriptions").then().statusCode(200)
                .body("items.id", hasItem(created.id()));

        given().auth().oauth2(Clients.OTHER_PORTAL).get("/api/v1/subscriptions/" + created.id()).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Clients.OTHER_PORTAL).get("/api/v1/subscriptions").then().statusCode(200)
                .body("items.id", not(hasItem(created.id())));
        given().auth().oauth2(Clients.OTHER_PORTAL).header("If-Match", created.etag())
                .delete("/api/v1/subscriptions/" + created.id()).then().statusCode(404);
    }

    @Test
    void onlySubscribersAndIntegratorsSubscribe() {
        given().contentType(ContentType.JSON).body(BODY).post("/api/v1/subscriptions").then().statusCode(401);
        given().auth().oauth2(Clients.EDITOR).contentType(ContentType.JSON).body(BODY).post("/api/v1/subscriptions")
                .then().statusCode(403);
        Clients.subscribe(Clients.GOVERNMENT, BODY);
    }

    @Test
    void changesNeedTheCurrentETag() {
        Clients.Created created = Clients.subscribe(Clients.PORTAL, BODY);
        String path = "/api/v1/subscriptions/" + created.id();
        Map<String, Object> disabled = Map.of("url", "https://portal.example.org/hooks/other",
                "eventTypes", List.of("practice.archived"), "enabled", false);
        given().auth().oauth2(Clients.PORTAL).contentType(ContentType.JSON).body(disabled).put(path).then().statusCode(428);
        String etag = given().auth().oauth2(Clients.PORTAL).header("If-Match", created.etag()).contentType(ContentType.JSON)
                .body(disabled).put(path).then().statusCode(200).body("status", is("DISABLED"))
                .body("disabledReason", containsString("owner")).body("url", endsWith("/other"))
                .extract().header("ETag");
        given().auth().oauth2(Clients.PORTAL).header("If-Match", created.etag()).contentType(ContentType.JSON)
                .body(BODY).put(path).then().statusCode(412);
        given().auth().oauth2(Clients.PORTAL).header("If-Match", etag).contentType(ContentType.JSON).body(BODY).put(path)
                .then().statusCode(200).body("status", is("ACTIVE"));
        String current = given().auth().oauth2(Clients.PORTAL).get(path).then().extract().header("ETag");
        given().auth().oauth2(Clients.PORTAL).header("If-Match", current).delete(path).then().statusCode(204);
        given().auth().oauth2(Clients.PORTAL).get(path).then().statusCode(404);
    }

    @Test
    void aRotationSignsWithBothSecretsDuringTheOverlap() {
        Clients.Created created = Clients.subscribe(Clients.PORTAL, BODY);
        String path = "/api/v1/subscriptions/" + created.id();
        given().auth().oauth2(Clients.PORTAL).queryParam("overlap", "PT1H").post(path + "/rotate-secret").then()
                .statusCode(200).body("secret", startsWith("whsec_")).body("secret", not(is(created.secret())))
                .body("previousExpiresAt", notNullValue());
        given().auth().oauth2(Clients.PORTAL).get(path).then().body("activeSecrets", is(2));
        given().auth().oauth2(Clients.PORTAL).queryParam("overlap", "PT0S").post(path + "/rotate-secret").then()
                .statusCode(200);
        given().auth().oauth2(Clients.PORTAL).get(path).then().body("activeSecrets", is(1));
        given().auth().oauth2(Clients.PORTAL).queryParam("overlap", "P30D").post(path + "/rotate-secret").then()
                .statusCode(400);
    }

    @Test
    void receiversMustBeHttpsOnThePublicInternet() {
        for (String url : List.of("http://portal.example.org/hooks", "https://localhost/hooks", "https://10.1.2.3/hooks",
                "https://169.254.169.254/latest/meta-data", "https://[::1]/hooks", "https://[fd00::1]/hooks",
                "https://100.64.0.1/hooks", "ftp://portal.example.org/", "https://user@portal.example.org/")) {
            given().auth().oauth2(Clients.PORTAL).contentType(ContentType.JSON)
                    .body(Map.of("url", url, "eventTypes", List.of("practice.published")))
                    .post("/api/v1/subscriptions").then().statusCode(422).body("violations[0].field", is("url"));
        }
    }

    @Test
    void aRetriedCreateWithTheSameKeyMakesOneSubscription() {
        String first = given().auth().oauth2(Clients.PORTAL).header("Idempotency-Key", "create-once-1")
                .contentType(ContentType.JSON).body(BODY).post("/api/v1/subscriptions").then().statusCode(201)
                .extract().path("subscription.id");
        given().auth().oauth2(Clients.PORTAL).header("Idempotency-Key", "create-once-1")
                .contentType(ContentType.JSON).body(BODY).post("/api/v1/subscriptions").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("subscription.id", is(first));
    }

    @Test
    void invalidEventTypesAndFiltersAre422() {
        given().auth().oauth2(Clients.PORTAL).contentType(ContentType.JSON)
                .body(Map.of("url", "https://portal.example.org/hooks", "eventTypes", List.of("practice.deleted")))
                .post("/api/v1/subscriptions").then().statusCode(422);
        given().auth().oauth2(Clients.PORTAL).contentType(ContentType.JSON)
                .body(Map.of("url", "https://portal.example.org/hooks", "eventTypes", List.of("practice.published"),
                        "filters", Map.of("states", List.of("8"))))
                .post("/api/v1/subscriptions").then().statusCode(422);
        given().auth().oauth2(TestTokens.expired("service-account-portal", "subscriber")).get("/api/v1/subscriptions")
                .then().statusCode(401);
    }
}
