package io.envoys.graphql.lean;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.envoys.support.Errors;
import io.envoys.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Queries are answered by the lean executor, which must give exactly the engine's answer: the same document with an
 * introspection field added goes to the engine (only it answers introspection), and both answers must hold the same
 * data, field for field.
 */
@QuarkusTest
class LeanQueriesTest {

    private static final Pattern ANSWERED = Pattern.compile(
            "envoys_graphql_lean_total\\{[^}]*outcome=\"answered\"[^}]*} ([0-9.E]+)");

    @Test
    void theLeanAnswerIsTheEnginesAnswer() {
        double before = answered();
        JsonPath lean = GraphQL.query("everything").extract().jsonPath();
        assertEquals(before + 1, answered(), "the lean executor answered");
        double engineBefore = answered();
        JsonPath engine = GraphQL.raw(GraphQL.document("everything").replace("query Everything {",
                "query Everything {\n  queryType: __type(name: \"Query\") { name }")).statusCode(200)
                .extract().jsonPath();
        assertEquals(engineBefore, answered(), "the engine answered the document with an introspection field");

        assertNull(lean.get("errors"), lean.prettify());
        assertNull(engine.get("errors"), engine.prettify());
        Map<String, Object> data = lean.getMap("data");
        assertEquals("Query", engine.getString("data.queryType.name"));
        for (String field : List.of("countries", "country", "envoys", "envoy", "meetings", "meeting", "quotes",
                "quote", "nothing", "__typename")) {
            assertTrue(data.containsKey(field), field);
            assertEquals(engine.getMap("data").get(field), data.get(field), field);
        }
        assertEquals("Seoul", lean.getString("data.meeting.city"));
        assertEquals("Meeting", lean.getString("data.meetings.edges[0].node.__typename"));
        assertEquals(lean.getString("data.meeting.hostCountry.name"), lean.getString("data.meeting.host.name"));
        assertNotNull(lean.getString("data.envoy.counterparts.nodes[0].lastMetOn"));
        assertNull(lean.get("data.nothing"));
        assertEquals(lean.getLong("extensions.cost.estimate") + 1, engine.getLong("extensions.cost.estimate"),
                "the same cost estimate, and one object for the __type added");
        assertEquals(50_000, lean.getInt("extensions.cost.budget"));
        assertTrue(lean.getLong("extensions.cost.estimate") <= 50_000, lean.getString("extensions"));
    }

    @Test
    void aRefusedFieldIsAnsweredLeanExactlyAsTheEngineAnswersIt() {
        JsonPath nullable = leanAndEngineAgree("refused-nullable", "envoy");
        Errors.single(GraphQL.query("refused-nullable"), "BAD_USER_INPUT", "id");
        assertEquals(List.of(Map.of("line", 1, "column", 17)), nullable.getList("errors[0].locations"));
        assertNull(nullable.get("data.envoy"));
        assertTrue(nullable.getList("data.countries.code").contains("KR"));

        JsonPath nonNull = leanAndEngineAgree("refused-non-null", "meetings");
        Errors.single(GraphQL.query("refused-non-null"), "BAD_USER_INPUT", "after is not a valid cursor");
        assertTrue(nonNull.getMap("").containsKey("data"), nonNull.prettify());
        assertNull(nonNull.get("data"), "a refused non-null root field leaves no data");
    }

    /**
     * The lean answer to a document with a refused field, after checking that the lean executor answered it and that
     * the engine gives the same errors and data (asked with an introspection field added after the others, on the
     * same line, so the refused field keeps its place in the document).
     */
    private static JsonPath leanAndEngineAgree(String document, String refusedField) {
        double before = answered();
        JsonPath lean = GraphQL.query(document).extract().jsonPath();
        assertEquals(before + 1, answered(), "the lean executor answered the refusal itself");
        String text = GraphQL.document(document).strip();
        String engineText = text.substring(0, text.length() - 1) + " queryType: __type(name: \"Query\") { name } }";
        JsonPath engine = GraphQL.raw(engineText).extract().jsonPath();
        assertEquals(before + 1, answered(), "the engine answered the document with an introspection field");
        assertEquals(engine.getList("errors"), lean.getList("errors"));
        assertEquals(lean.getLong("extensions.cost.estimate") + 1, engine.getLong("extensions.cost.estimate"),
                "the same cost estimate, and one object for the __type added");
        assertEquals(status(engineText), status(GraphQL.document(document)),
                "the same status for application/graphql-response+json (data: null is still data)");
        assertEquals(refusedField, lean.getString("errors[0].path[0]"));
        if (engine.get("data") == null) {
            assertNull(lean.get("data"));
        } else {
            Map<String, Object> engineData = engine.getMap("data");
            engineData.remove("queryType");
            assertEquals(engineData, lean.getMap("data"));
        }
        return lean;
    }

    private static int status(String document) {
        return given().contentType("application/json").accept("application/graphql-response+json")
                .body(Map.of("query", document)).when().post("/graphql").then().extract().statusCode();
    }

    private static double answered() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher answered = ANSWERED.matcher(metrics);
        return answered.find() ? Double.parseDouble(answered.group(1)) : 0;
    }
}
