package io.envoys.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.envoys.support.Errors;
import io.envoys.support.Fixtures;
import io.envoys.support.GraphQL;
import io.envoys.support.Snapshot;
import io.envoys.support.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * What the engine answers (queries with an introspection field, here) it answers for exactly the request the gate
 * checked, however the client encoded it: a GET naming one of several operations, an {@code application/graphql}
 * body with comments and tabs, a body that starts with a byte order mark, blank or null GET parameters; an empty
 * operationName selects as none does, so nothing skips the gate's checks; and emoji come out as the same bytes on
 * both paths; an emoji that straddles the parser's 4,096-character reads is read whole on both paths, even in a text
 * near the parser's character limit.
 */
@QuarkusTest
class EngineHandOverTest {

    @Test
    void aGetNamingOneOfSeveralOperationsRunsItWithItsOwnLocations() {
        String document = GraphQL.document("engine-second-of-two").strip();
        int column = document.codePointCount(0, document.indexOf("envoy(")) + 1;
        for (ValidatableResponse response : List.of(
                given().queryParam("query", document).queryParam("operationName", "Second").when().get("/graphql")
                        .then(),
                given().contentType(ContentType.JSON).body(Map.of("query", document, "operationName", "Second"))
                        .when().post("/graphql").then())) {
            JsonPath answer = response.statusCode(200).extract().jsonPath();
            assertEquals("Query", answer.getString("data.__schema.queryType.name"), answer.prettify());
            assertEquals("BAD_USER_INPUT", answer.getString("errors[0].extensions.code"), answer.prettify());
            assertEquals(List.of(Map.of("line", 1, "column", column)), answer.getList("errors[0].locations"));
        }
    }

    @Test
    void aGetNamingAnOperationLeavesOutTheFragmentsOnlyTheOthersUse() {
        given().queryParam("query", GraphQL.document("engine-fragment-of-other-operation"))
                .queryParam("operationName", "B").when().get("/graphql")
                .then().statusCode(200).body("errors", nullValue()).body("data.countries.code", hasItem("KR"))
                .body("data.__schema.queryType.name", is("Query"));
    }

    @Test
    void aGraphQLDocumentBodyKeepsItsLinesAndTabs() {
        given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("application/graphql", ContentType.TEXT)))
                .contentType("application/graphql").body(GraphQL.document("engine-comment-first"))
                .when().post("/graphql")
                .then().statusCode(200).body("errors", nullValue()).body("data.countries.code", hasItem("KR"))
                .body("data.__schema.queryType.name", is("Query"));
    }

    @Test
    void aBodyWithAByteOrderMarkAndBlankGetParametersReachTheEngineAsRead() {
        byte[] json = ("\uFEFF{\"query\": \"" + GraphQL.document("engine-variables").replace("\"", "\\\"")
                .replace("\n", "\\n") + "\"}").getBytes(StandardCharsets.UTF_8);
        given().contentType(ContentType.JSON).body(json).when().post("/graphql")
                .then().statusCode(200).body("errors", nullValue()).body("data.country.name", is("South Korea"));
        for (String blank : List.of(" ", "null")) {
            given().queryParam("query", GraphQL.document("engine-variables")).queryParam("variables", blank)
                    .queryParam("extensions", blank).when().get("/graphql")
                    .then().statusCode(200).body("errors", nullValue()).body("data.country.name", is("South Korea"));
        }
    }

    @Test
    void aBodyIsReadInItsDeclaredCharsetOnBothPathsAndOneThatIsNotAsciiBasedIsRefused() {
        Fixtures.country("XL");
        String before = Snapshot.of("XL");
        for (String charset : List.of("bogus", "utf-16")) {
            given().contentType("application/json; charset=" + charset)
                    .body("{\"query\": \"{ countries { code } __schema { queryType { name } } }\"}"
                            .getBytes(StandardCharsets.UTF_8))
                    .when().post("/graphql")
                    .then().statusCode(415).body("errors[0].extensions.code", is("UNSUPPORTED_MEDIA_TYPE"))
                    .body("errors[0].message", startsWith("Send the body in UTF-8"));
        }
        assertEquals(before, Snapshot.of("XL"));
        String envoy = "{\"query\": \"mutation { createEnvoy(input: {name: \\\"S\u00e3o Tom\u00e9\\\", countryCode:"
                + " \\\"XL\\\"}) { name } }\"}";
        given().contentType("application/json; charset=iso-8859-1").auth().preemptive()
                .basic(Users.EDITOR, Users.EDITOR_PASSWORD)
                .body(envoy.getBytes(StandardCharsets.ISO_8859_1)).when().post("/graphql")
                .then().statusCode(200).body("errors", nullValue())
                .body("data.createEnvoy.name", is("S\u00e3o Tom\u00e9"));
    }

    @Test
    void anEmptyOperationNameSelectsAsNoneDoesAndPassesEveryCheck() {
        given().queryParam("query", GraphQL.document("get-mutation")).queryParam("operationName", "")
                .when().get("/graphql")
                .then().statusCode(405).body("errors[0].extensions.code", is("METHOD_NOT_ALLOWED"));
        GraphQL.query("country", "code", "QG").body("data.country", nullValue());
        Errors.single(given().contentType(ContentType.JSON)
                .body(Map.of("query", GraphQL.document("cost-hostile-countries"), "operationName", ""))
                .when().post("/graphql").then(), "QUERY_TOO_COSTLY");
        Errors.single(given().contentType(ContentType.JSON)
                .body(Map.of("query", GraphQL.document("two-operations"), "operationName", ""))
                .when().post("/graphql").then(), "BAD_USER_INPUT",
                "The document has several operations; name the one to run in operationName ('A', 'B')");
        Errors.single(given().queryParam("query", GraphQL.document("two-operations"))
                .queryParam("operationName", "C").when().get("/graphql").then(), "BAD_USER_INPUT",
                "The document has no operation named 'C'");
    }

    @Test
    void emojiAreTheSameBytesOnBothPaths() {
        Fixtures.country("XE");
        Fixtures.envoy("XE", "Envoy \uD83D\uDE00 Ñandú 김");
        String lean = GraphQL.query("emoji-envoys-lean", "name", "\uD83D\uDE00").statusCode(200).extract().asString();
        String engine = GraphQL.query("emoji-envoys-engine", "name", "\uD83D\uDE00").statusCode(200).extract()
                .asString();
        String envoys = "{\"envoys\":{\"nodes\":[{\"name\":\"Envoy \uD83D\uDE00 Ñandú 김\",\"title\":null}]}";
        assertEquals(envoys, lean.substring(lean.indexOf("{\"envoys\""), lean.indexOf("{\"envoys\"")
                + envoys.length()), lean);
        assertEquals(envoys, engine.substring(engine.indexOf("{\"envoys\""), engine.indexOf("{\"envoys\"")
                + envoys.length()), engine);
        assertFalse(lean.contains("\\u"), lean);
    }

    @Test
    void anEmojiAcrossTheParsersReadsIsReadWholeOnBothPaths() {
        for (String name : List.of("emoji-at-read-boundary", "emoji-at-read-boundary-engine")) {
            String document = GraphQL.document(name);
            assertTrue(Character.isHighSurrogate(document.charAt(4095)), "the fixture puts an emoji at 4,095");
            for (ValidatableResponse response : List.of(
                    given().queryParam("query", document).when().get("/graphql").then(),
                    given().contentType(ContentType.JSON).body(Map.of("query", document)).when().post("/graphql")
                            .then())) {
                response.statusCode(200).body("errors", nullValue()).body("data.countries.code", hasItem("KR"));
            }
        }
        given().contentType(ContentType.JSON).body(Map.of("query", GraphQL.document("emoji-at-read-boundary-engine")))
                .when().post("/graphql").then().body("data.__schema.queryType.name", is("Query"));
    }

    /**
     * The stand-in's line break is one whitespace token more: a text at graphql-java's limit of 200,000 of them with
     * such an emoji still runs; one more and the gate refuses it, naming the limit it went over.
     */
    @Test
    void anEmojiAcrossTheParsersReadsInATextAtTheWhitespaceTokenLimitIsReadWhole() {
        String fixture = GraphQL.document("emoji-at-read-boundary-engine");
        long counted = fixture.substring(fixture.indexOf('\n')).chars().filter(c -> c == ' ' || c == '\n').count();
        String atTheLimit = fixture + " ".repeat((int) (200_000 - counted));
        given().contentType(ContentType.JSON).body(Map.of("query", atTheLimit)).when().post("/graphql").then()
                .statusCode(200).body("errors", nullValue()).body("data.__schema.queryType.name", is("Query"));
        given().contentType(ContentType.JSON).body(Map.of("query", atTheLimit + " ")).when().post("/graphql").then()
                .body("data", nullValue()).body("errors[0].extensions.code", is("QUERY_TOO_COMPLEX"))
                .body("errors[0].message", is("The query is too long: it has more than 200,000 whitespace tokens"
                        + " (spaces, tabs, line breaks and commas); split it into several queries"));
    }

    @Test
    void aQueryEndingWithALineLikeTheEnginesStandInLineRunsAsSent() {
        given().contentType(ContentType.JSON).body(Map.of("query",
                GraphQL.document("engine-ending-with-stand-in-line").strip())).when().post("/graphql").then()
                .statusCode(200).body("errors", nullValue()).body("data.__schema.queryType.name", is("Query"))
                .body("data.countries.code", hasItem("KR"));
    }

    /**
     * The engine is handed a stand-in a few dozen characters longer than the text, so a text just under the
     * parser's 1,048,576 characters (a body near the 1 MiB limit) with such an emoji still runs: the engine's parser
     * takes that margin, the gate still refuses longer texts.
     */
    @Test
    void anEmojiAcrossTheParsersReadsInATextNearTheCharacterLimitIsReadWhole() {
        String fixture = GraphQL.document("emoji-at-read-boundary-engine");
        int length = 1_048_540;
        String document = fixture + "#" + "p".repeat(length - fixture.length() - 1);
        assertEquals(length, document.length());
        given().contentType(ContentType.JSON).body(Map.of("query", document)).when().post("/graphql").then()
                .statusCode(200).body("errors", nullValue()).body("data.__schema.queryType.name", is("Query"))
                .body("data.countries.code", hasItem("KR"));
    }
}
