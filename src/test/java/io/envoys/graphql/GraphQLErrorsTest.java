package io.envoys.graphql;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.GraphQLError;
import io.envoys.error.ErrorCode;

import io.envoys.support.Errors;
import io.envoys.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class GraphQLErrorsTest {

    @Test
    void anUnknownFieldFailsValidationWithACode() {
        Errors.single(GraphQL.query("meetings-unknown-field"), "GRAPHQL_VALIDATION_FAILED", "ambassador");
    }

    @Test
    void argumentsOfTheWrongTypeAreNamedWithWhatTheyTake() {
        refusedInValidation("wrong-argument-types",
                "argument 'first' must be a whole number from -2147483648 to 2147483647",
                "argument 'filter.to' must be a date: a date is a string in double quotes; write dates as YYYY-MM-DD,"
                        + " from 0001-01-01 to 9999-12-31, such as 2016-12-13",
                "argument 'filter' has a field 'hostCity' that MeetingFilter does not have",
                "argument 'id' must be an id: a string of digits, as returned in an id field");
    }

    @Test
    void inputObjectsOfTheWrongShapeAreNamedWithWhatTheyTake() {
        refusedInValidation("wrong-input-types",
                "argument 'input' lacks required fields: name",
                "argument 'input.code' must not be null",
                "argument 'input.partial' must be true or false",
                "argument 'input' must be an input object: { field: value }");
    }

    @Test
    void directivesTheServiceDoesNotActOnAreRefused() {
        Errors.single(GraphQL.query("directive-defer"), "GRAPHQL_VALIDATION_FAILED",
                "The directive @defer is not supported here: queries may use @skip and @include");
        Errors.single(GraphQL.query("directive-disable-error-propagation"), "GRAPHQL_VALIDATION_FAILED",
                "The directive @experimental_disableErrorPropagation is not supported here");
        Errors.single(GraphQL.query("directive-unknown"), "GRAPHQL_VALIDATION_FAILED",
                "The directive @foo is not supported here: queries may use @skip and @include");
        Errors.single(GraphQL.query("directive-roles-allowed"), "GRAPHQL_VALIDATION_FAILED",
                "The directive @rolesAllowed is not supported here");
    }

    @Test
    void introspectionAskedForTwiceIsRefusedWithACode() {
        Errors.single(GraphQL.query("introspection-twice"), "QUERY_TOO_COMPLEX",
                "asks for __schema or __type more than once");
    }

    @Test
    void aFailureOutsideAnyFieldIsCodedAndMemoryRunningOutIsAnAnswerTooLarge() {
        assertEquals(ErrorCode.RESPONSE_TOO_LARGE, ErrorMapper.unexpected(new OutOfMemoryError("Java heap space"))
                .getErrorType());
        GraphQLError internal = ErrorMapper.unexpected(new IllegalStateException("a bug"));
        assertEquals(ErrorCode.INTERNAL, internal.getErrorType());
        assertTrue(internal.getMessage().contains("Reference: "), internal.getMessage());
        assertFalse(internal.getMessage().contains("a bug"), internal.getMessage());
    }

    @Test
    void anImpossibleDateIsNamedWhereverItStands() {
        Errors.single(GraphQL.query("meetings-invalid-date-literal"), "GRAPHQL_VALIDATION_FAILED",
                "argument 'filter.from' must be a date: '2016-13-45' is not a calendar date; write dates as YYYY-MM-DD");
        Errors.single(GraphQL.query("meetings-invalid-date", "from", "2016-02-30"), "BAD_USER_INPUT",
                "'from'", "'2016-02-30' is not a calendar date");
        Errors.single(GraphQL.query("meetings-invalid-date-default"), "GRAPHQL_VALIDATION_FAILED",
                "The default value \"2016-04-31\" must be a date: a string written YYYY-MM-DD");
        Errors.single(GraphQL.query("meetings", "filter", Map.of("to", "13/12/2016")), "BAD_USER_INPUT",
                "'filter'", "'13/12/2016' is not a date");
        Errors.single(GraphQL.asEditor("create-meeting", "input", Map.of("title", "A meeting", "date", "2016-12-32",
                "city", "Seoul", "hostCountryCode", "KR", "participantIds", List.of("1"))), "BAD_USER_INPUT",
                "'input'", "'2016-12-32' is not a calendar date");
    }

    @Test
    void aFieldAnInputObjectDoesNotDefineIsRefusedAtItsVariable() {
        ValidatableResponse bogus = GraphQL.query("envoys-filter-variable", "f", Map.of("bogus", 5));
        Errors.single(bogus, "BAD_USER_INPUT", "variable 'f'", "'bogus'", "EnvoyFilter");
        bogus.body("errors[0].locations", is(List.of(Map.of("line", 1, "column", 8))));
    }

    @Test
    void anExplicitNullForADefaultedVariableInANonNullPlaceIsACodedRequestError() {
        // spec 6.4.1: the default stands in for an absent variable only; a null reaches the non-null argument
        ValidatableResponse nullId = GraphQL.query("null-for-defaulted-id", "id", null);
        Errors.single(nullId, "BAD_USER_INPUT", "variable 'id' is null where a value is required");
        nullId.body("errors[0].locations", is(List.of(Map.of("line", 1, "column", 8))));
        Errors.single(GraphQL.asEditor("null-for-defaulted-input-field", "name", null), "BAD_USER_INPUT",
                "variable 'name' is null where a value is required");
        GraphQL.query("envoys").body("data.envoys.nodes.name", not(hasItem("A defaulted name")));
    }

    @Test
    void anExplicitNullForASkipOrIncludeConditionIsACodedRequestError() {
        Errors.single(GraphQL.query("null-condition", "show", null), "BAD_USER_INPUT",
                "variable 'show' is null", "takes true or false");
        GraphQL.query("null-condition").body("errors", nullValue()).body("data.countries.code", hasItem("KR"))
                .body("data.meetings", nullValue());
    }

    @Test
    void aQueryDeeperThanFifteenLevelsIsRefused() {
        Errors.single(GraphQL.raw(nested(5)), "QUERY_TOO_DEEP", "too deep");
    }

    @Test
    void aQueryOfFifteenLevelsRuns() {
        GraphQL.raw(nested(4)).statusCode(200).body("errors", nullValue());
    }

    /**
     * Asserts that the document is refused before running, with exactly these messages, each
     * GRAPHQL_VALIDATION_FAILED (a literal of the wrong kind is a validation error: spec section 5.6.1).
     */
    private static void refusedInValidation(String document, String... messages) {
        ValidatableResponse response = GraphQL.query(document)
                .body("data", nullValue())
                .body("errors.extensions.code", everyItem(is("GRAPHQL_VALIDATION_FAILED")))
                .body("errors.message", containsInAnyOrder(messages));
        Errors.assertRevealsNothing(response.extract().asString());
    }

    /**
     * meetings { nodes { hostCountry { hostedMeetings { nodes { … id … } } } } }: 2 + 3 levels per round + 1. Each
     * round is a to-one field and a connection of one, so the query stays far below the cost budget and only its depth
     * can refuse it.
     */
    private static String nested(int rounds) {
        StringBuilder query = new StringBuilder("{ meetings(first: 1) { nodes {");
        query.append(" hostCountry { hostedMeetings(first: 1) { nodes {".repeat(rounds));
        query.append(" id");
        query.append(" } } }".repeat(rounds));
        return query.append(" } } }").toString();
    }
}
