package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.cajaga.practices.SampleRecords.editor;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;

/** Short ways to put practices into a given state through the public API. */
final class Api {

    static final String PRACTICES = "/api/v1/practices";

    private Api() {
    }

    static Response create(String token, Map<String, Object> record) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(record).post(PRACTICES);
    }

    /** Creates a record as an editor and takes it to PUBLISHED; returns its id. */
    static String published(Map<String, Object> record) {
        Response created = create(editor(), record);
        created.then().statusCode(201);
        String id = created.path("id");
        String tag = move(id, "submit", created.header("ETag"));
        move(id, "publish", tag);
        return id;
    }

    /** Applies a workflow move as an editor; returns the new ETag. */
    static String move(String id, String action, String etag) {
        return given().auth().oauth2(editor()).header("If-Match", etag).post(PRACTICES + "/" + id + "/" + action)
                .then().statusCode(200).extract().header("ETag");
    }

    static String etag(String id) {
        return given().auth().oauth2(editor()).get(PRACTICES + "/" + id).then().statusCode(200).extract().header("ETag");
    }
}
