package org.cajaga.e2e;

import static io.restassured.RestAssured.given;

/** Real tokens from the stack's Keycloak, realm cajaga. */
final class Tokens {

    private final String tokenUrl;

    Tokens(String keycloak) {
        this.tokenUrl = keycloak + "/realms/cajaga/protocol/openid-connect/token";
    }

    String client(String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret).post(tokenUrl).then().statusCode(200).extract().path("access_token");
    }

    /** Password grant through the demo-cli client, the only one that allows it. */
    String user(String username, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", "demo-cli")
                .formParam("username", username).formParam("password", password)
                .post(tokenUrl).then().statusCode(200).extract().path("access_token");
    }
}
