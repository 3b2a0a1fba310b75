package org.cajaga.taxonomy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A draft criteria-set version is readable only by curators and admins; to anyone else it does not exist. */
@QuarkusTest
class DraftVersionVisibilityTest {

    private static final String SETS = "/api/v1/taxonomy/criteria-sets";
    private static final String PROBLEM = "application/problem+json";
    private static final String NOT_FOUND = "https://cajaga.mx/problems/not-found";
    private static final String[] OTHER_ROLES = {"evaluator", "editor", "integrator"};
    private static final String[] DRAFTERS = {"curator", "admin"};

    @Test
    void aDraftVersionIsA404ExceptForCuratorsAndAdmins() {
        String code = setWithPublishedVersionAndDraft("draft-read-demo");
        String draft = SETS + "/" + code + "/versions/2";
        anonymous().get(draft).then().statusCode(404).contentType(PROBLEM).body("type", is(NOT_FOUND));
        for (String role : OTHER_ROLES) {
            as(role).get(draft).then().statusCode(404).contentType(PROBLEM).body("type", is(NOT_FOUND));
        }
        for (String role : DRAFTERS) {
            as(role).get(draft).then().statusCode(200).body("status", is("DRAFT")).body("number", is(2));
        }
        anonymous().get(SETS + "/" + code + "/versions/1").then().statusCode(200).body("status", is("PUBLISHED"));
    }

    @Test
    void theRuleOfADraftIsA404ExceptForCuratorsAndAdmins() {
        String code = setWithPublishedVersionAndDraft("draft-rule-demo");
        String rule = SETS + "/" + code + "/versions/2/rule";
        anonymous().get(rule).then().statusCode(404).contentType(PROBLEM).body("type", is(NOT_FOUND));
        for (String role : OTHER_ROLES) {
            as(role).get(rule).then().statusCode(404).contentType(PROBLEM);
        }
        for (String role : DRAFTERS) {
            as(role).get(rule).then().statusCode(200).body("criteriaCount", is(1));
        }
    }

    @Test
    void theSetListsItsDraftOnlyToCuratorsAndAdmins() {
        String code = setWithPublishedVersionAndDraft("draft-list-demo");
        anonymous().get(SETS + "/" + code).then().statusCode(200)
                .body("currentVersion", is(1)).body("versions.number", contains(1));
        for (String role : OTHER_ROLES) {
            as(role).get(SETS + "/" + code).then().statusCode(200).body("versions.number", contains(1));
        }
        for (String role : DRAFTERS) {
            as(role).get(SETS + "/" + code).then().statusCode(200)
                    .body("versions.number", contains(1, 2)).body("versions.status", contains("PUBLISHED", "DRAFT"));
        }
        String inList = "items.find { it.code == '" + code + "' }.versions.number";
        anonymous().queryParam("limit", 200).get(SETS).then().statusCode(200).body(inList, contains(1));
        as("evaluator").queryParam("limit", 200).get(SETS).then().statusCode(200).body(inList, contains(1));
        as("curator").queryParam("limit", 200).get(SETS).then().statusCode(200).body(inList, contains(1, 2));
    }

    @Test
    void oncePublishedTheVersionIsReadableByAnyone() {
        String code = setWithPublishedVersionAndDraft("draft-published-demo");
        String draft = SETS + "/" + code + "/versions/2";
        String etag = as("curator").get(draft).then().statusCode(200).extract().header("ETag");
        as("curator").header("If-Match", etag).post(draft + "/publish").then().statusCode(200);
        anonymous().get(draft).then().statusCode(200).body("status", is("PUBLISHED"));
        anonymous().get(draft + "/rule").then().statusCode(200);
        anonymous().get(SETS + "/" + code).then().statusCode(200).body("versions.number", contains(1, 2));
    }

    /** A new set whose version 1 is published (one criterion) and version 2 is a draft copy of it; returns its code. */
    private static String setWithPublishedVersionAndDraft(String code) {
        as("curator").contentType(ContentType.JSON).body("{\"code\": \"" + code + "\", \"name\": {\"es\": \"Prueba\", "
                + "\"en\": \"Test\"}, \"description\": {\"es\": \"Borradores\", \"en\": \"Drafts\"}}").post(SETS)
                .then().statusCode(201);
        Response first = as("curator").post(SETS + "/" + code + "/versions");
        first.then().statusCode(201);
        Response edited = as("curator").contentType(ContentType.JSON).header("If-Match", first.header("ETag"))
                .body("{\"rule\": {\"emblematicMinPercentMet\": 100, \"emblematicRequiresCoCreation\": true,"
                        + " \"goodPracticeMinPercentMet\": 80}, \"criteria\": [{\"code\": \"OPENNESS\", \"name\": "
                        + "{\"es\": \"Apertura\", \"en\": \"Openness\"}, \"description\": {\"es\": \"Descripción\", "
                        + "\"en\": \"Description\"}}]}")
                .put(SETS + "/" + code + "/versions/1");
        edited.then().statusCode(200);
        as("curator").header("If-Match", edited.header("ETag")).post(SETS + "/" + code + "/versions/1/publish").then()
                .statusCode(200);
        as("curator").post(SETS + "/" + code + "/versions").then().statusCode(201).body("status", is("DRAFT"));
        return code;
    }

    private static RequestSpecification anonymous() {
        return given();
    }

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forUser(role + ".demo", role));
    }
}
