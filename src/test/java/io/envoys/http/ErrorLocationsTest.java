package io.envoys.http;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.envoys.support.Errors;
import io.envoys.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Every error about a place in the document says where, as {@code locations: [{line, column}]} (GraphQL spec,
 * section 7.1.2), whichever check refuses it: parsing, validation, the gate's own limits, variable coercion, the cost
 * budget.
 */
@QuarkusTest
class ErrorLocationsTest {

    @Test
    void aSyntaxErrorPointsAtTheTokenThatBreaksIt() {
        located(GraphQL.query("locations-syntax"), "GRAPHQL_PARSE_FAILED", 2, 19);
        String message = located(GraphQL.raw("{ countries { code ~ } }"), "GRAPHQL_PARSE_FAILED", 1, 20);
        assertTrue(message.startsWith("Invalid syntax: ") && !message.contains("ANTLR"), message);
    }

    @Test
    void anUnsupportedDirectivePointsAtTheDirective() {
        located(GraphQL.query("directive-defer"), "GRAPHQL_VALIDATION_FAILED", 2, 26);
    }

    @Test
    void aQueryTooDeepPointsAtTheFirstFieldBeyondTheLimit() {
        String message = located(GraphQL.query("locations-too-deep"), "QUERY_TOO_DEEP", 4, 70);
        assertTrue(message.contains("more than 15 levels, at 'hostedMeetings'"), message);
    }

    @Test
    void tooManyFieldsPointAtTheOperation() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 501; i++) {
            query.append(" a").append(i).append(": country(code: \"KR\") { __typename }");
        }
        located(GraphQL.raw(query.append(" }").toString()), "QUERY_TOO_COMPLEX", 1, 1);
    }

    @Test
    void tooManyTokensPointAtTheTokenWhereParsingStopped() {
        located(GraphQL.raw("{ countries { " + "code ".repeat(12_000) + "} }"), "QUERY_TOO_COMPLEX", 1, 50_000);
    }

    @Test
    void aVariableOfTheWrongTypePointsAtItsDefinition() {
        located(GraphQL.query("int-variable", "f", "x"), "BAD_USER_INPUT", 1, 19);
    }

    @Test
    void aNullConditionPointsAtItsDirective() {
        located(GraphQL.query("null-condition", "show", null), "BAD_USER_INPUT", 2, 13);
    }

    @Test
    void aNullWhereAValueIsRequiredPointsAtTheVariable() {
        located(GraphQL.asEditor("null-for-defaulted-input-field", "name", null), "BAD_USER_INPUT", 1, 11);
    }

    @Test
    void aQueryOverBudgetPointsAtThePageToNarrow() {
        located(GraphQL.query("cost-hostile-deep", "id", "1"), "QUERY_TOO_COSTLY", 3, 16);
    }

    @Test
    void aBadPageArgumentPointsAtItsConnectionWhereverItStands() {
        String message = located(GraphQL.query("locations-nested-page"), "BAD_USER_INPUT", 3, 31);
        assertEquals("meetings.nodes.participants.meetings.first must be between 1 and 100; got 0", message);
    }

    @Test
    void everyWrongLiteralPointsAtItsArgument() {
        ValidatableResponse response = GraphQL.query("int-literals")
                .body("errors.extensions.code", everyItem(is("GRAPHQL_VALIDATION_FAILED")))
                .body("errors.locations.line.flatten()", containsInAnyOrder(2, 3, 4, 5));
        assertLineFirst(response);
    }

    /** Asserts one error with this code at this line and column, written line first; returns its message. */
    private static String located(ValidatableResponse response, String code, int line, int column) {
        String message = Errors.single(response, code);
        List<Map<String, Object>> locations = response.extract().jsonPath().getList("errors[0].locations");
        assertEquals(List.of(Map.of("line", line, "column", column)), locations, message);
        assertLineFirst(response);
        return message;
    }

    private static void assertLineFirst(ValidatableResponse response) {
        String body = response.extract().asString();
        assertTrue(body.contains("\"locations\":[{\"line\":"), body);
    }
}
