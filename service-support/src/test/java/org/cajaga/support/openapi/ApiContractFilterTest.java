package org.cajaga.support.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.junit.jupiter.api.Test;

/** The generic answers the filter writes, so that resources document only what is particular to them. */
class ApiContractFilterTest {

    @Test
    void aWriteTakingIfMatchGets412And428AndA403NamingItsRoles() {
        Operation write = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("keycloak", List.of("curator", "admin")))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("Changed"))
                        .addAPIResponse("403", OASFactory.createAPIResponse().description("Not Allowed")));
        APIResponses responses = filtered("put", write).getResponses();

        assertThat(responses.getAPIResponses()).containsKeys("412", "428", "401", "403");
        assertThat(responses.getAPIResponse("403").getDescription()).isEqualTo("The token has none of the roles `curator`, `admin`");
        assertThat(responses.getAPIResponse("401").getDescription()).doesNotContain("Not Authorized");
        assertThat(responses.getAPIResponse("412").getContent().getMediaTypes()).containsKey("application/problem+json");
        assertThat(responses.hasAPIResponse("304")).isFalse();
    }

    @Test
    void aReadAnsweringAnETagGets304AndOneWithoutDoesNot() {
        Operation tagged = OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse("200",
                OASFactory.createAPIResponse().description("The record")
                        .addHeader("ETag", OASFactory.createHeader().ref("#/components/headers/ETag"))));
        APIResponses responses = filtered("get", tagged).getResponses();
        assertThat(responses.getAPIResponse("304").getHeaders()).containsKey("ETag");
        assertThat(responses.getAPIResponse("304").getContent()).isNull();
        assertThat(responses.hasAPIResponse("412")).isFalse();

        Operation untagged = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("A stream")));
        assertThat(filtered("get", untagged).getResponses().hasAPIResponse("304")).isFalse();
    }

    @Test
    void aParticularAnswerIsKept() {
        Operation write = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("keycloak", List.of("editor")))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("403", OASFactory.createAPIResponse().description("Not the author"))
                        .addAPIResponse("412", OASFactory.createAPIResponse().description("Someone else changed it")));
        APIResponses responses = filtered("put", write).getResponses();
        assertThat(responses.getAPIResponse("403").getDescription()).isEqualTo("Not the author");
        assertThat(responses.getAPIResponse("412").getDescription()).isEqualTo("Someone else changed it");
    }

    private static Operation filtered(String method, Operation operation) {
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/api/v1/things/{id}",
                method.equals("get") ? OASFactory.createPathItem().GET(operation) : OASFactory.createPathItem().PUT(operation)));
        new ApiContractFilter().filterOpenAPI(document);
        return operation;
    }
}
