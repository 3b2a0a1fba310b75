package org.cajaga.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stack's Keycloak through its admin API (bootstrap admin of deploy/run.sh). The realm lets Swagger UI
 * back only to the gateway on its default port; the e2e's gateway runs on a free port, so the suite
 * registers that origin for the `swagger-ui` client while it runs, and puts the client back afterwards.
 */
final class KeycloakAdmin {

    private final String keycloak;
    private String swaggerUiId;
    private Map<String, Object> swaggerUiAsImported;

    KeycloakAdmin(String keycloak) {
        this.keycloak = keycloak;
    }

    void allowSwaggerUiAt(String gateway) {
        String token = token();
        swaggerUiAsImported = given().auth().oauth2(token).queryParam("clientId", "swagger-ui")
                .get(keycloak + "/admin/realms/cajaga/clients").then().statusCode(200).extract().path("[0]");
        swaggerUiId = (String) swaggerUiAsImported.get("id");
        Map<String, Object> changed = new HashMap<>(swaggerUiAsImported);
        changed.put("redirectUris", with(swaggerUiAsImported.get("redirectUris"), gateway + "/q/swagger-ui/*"));
        changed.put("webOrigins", with(swaggerUiAsImported.get("webOrigins"), gateway));
        put(token, changed);
    }

    void restoreSwaggerUi() {
        if (swaggerUiAsImported != null) {
            put(token(), swaggerUiAsImported);
        }
    }

    private void put(String token, Map<String, Object> client) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(client)
                .put(keycloak + "/admin/realms/cajaga/clients/" + swaggerUiId).then().statusCode(204);
    }

    private String token() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(keycloak + "/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }

    @SuppressWarnings("unchecked")
    private static List<String> with(Object values, String added) {
        List<String> list = new ArrayList<>((List<String>) values);
        list.add(added);
        return list;
    }
}
