package org.cajaga.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Components of every kind merge by name; a different one under a taken name is renamed, references too. */
class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void componentsOfEveryKindMergeLikeSchemas() throws Exception {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        documents.put("taxonomy", JSON.readTree("""
                {"openapi": "3.0.3", "paths": {"/api/v1/taxonomy/a": {"get": {"operationId": "getA", "parameters": [
                  {"$ref": "#/components/parameters/Code"}], "responses": {"200": {"description": "ok",
                  "headers": {"ETag": {"$ref": "#/components/headers/ETag"}}}}}}},
                 "components": {"headers": {"ETag": {"schema": {"type": "string", "maxLength": 200}}},
                  "parameters": {"Code": {"name": "code", "in": "path", "required": true,
                   "schema": {"type": "string", "maxLength": 20}}},
                  "securitySchemes": {"keycloak": {"type": "http", "scheme": "bearer"}}}}"""));
        documents.put("practices", JSON.readTree("""
                {"openapi": "3.0.3", "paths": {"/api/v1/practices/{code}": {"get": {"operationId": "getB", "parameters": [
                  {"$ref": "#/components/parameters/Code"}], "responses": {"200": {"description": "ok",
                  "headers": {"ETag": {"$ref": "#/components/headers/ETag"}}}}}}},
                 "components": {"headers": {"ETag": {"schema": {"type": "string", "maxLength": 200}}},
                  "parameters": {"Code": {"name": "code", "in": "path", "required": true,
                   "schema": {"type": "string", "maxLength": 40}}}}}"""));

        JsonNode merged = OpenApiMerger.merge(documents, "https://api.cajaga.mx", "https://id.cajaga.mx/realms/cajaga");

        assertThat(merged.path("openapi").asText()).isEqualTo("3.0.3");
        assertThat(merged.at("/components/headers/ETag/schema/maxLength").asInt()).isEqualTo(200);
        assertThat(merged.at("/components/parameters/Code/schema/maxLength").asInt()).isEqualTo(20);
        assertThat(merged.at("/components/parameters/PracticesCode/schema/maxLength").asInt()).isEqualTo(40);
        JsonNode practices = merged.at("/paths/~1api~1v1~1practices~1{code}/get");
        assertThat(practices.at("/parameters/0/$ref").asText()).isEqualTo("#/components/parameters/PracticesCode");
        assertThat(practices.at("/responses/200/headers/ETag/$ref").asText()).isEqualTo("#/components/headers/ETag");
        assertThat(practices.at("/responses/200/headers/RateLimit-Limit/$ref").asText())
                .isEqualTo("#/components/headers/RateLimit-Limit");
        assertThat(practices.at("/responses/502/$ref").asText()).isEqualTo("#/components/responses/GatewayBadGateway");
        assertThat(merged.at("/components/securitySchemes/keycloak/type").asText()).isEqualTo("oauth2");
        assertThat(merged.at("/components/schemas/Problem/properties/type/format").asText()).isEqualTo("uri");
        assertThat(merged.at("/servers/0/description").asText()).contains("production");
    }
}
