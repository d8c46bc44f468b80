package io.envoys.graphql;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.envoys.support.Errors;
import io.envoys.support.Fixtures;
import io.envoys.support.GraphQL;
import io.envoys.support.Snapshot;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Scalars coerce inputs exactly as the GraphQL specification says (sections 3.5 and 6.1.2), on every path: a value of
 * the wrong JSON type or out of range is a request error naming the variable (BAD_USER_INPUT), a literal of the wrong
 * kind a validation error (GRAPHQL_VALIDATION_FAILED), and nothing is read as a value near it.
 */
@QuarkusTest
class ScalarCoercionTest {

    private static final String HOME = "XV";

    @BeforeEach
    void home() {
        Fixtures.country(HOME);
    }

    @Test
    void anIntVariableIsAWholeJsonNumberWithin32Bits() {
        for (Object wrong : List.of("4294967298", "1abc", "2.9", "0x10", "5", 2.9, 4294967298L, true,
                Map.of("a", 1), List.of(1))) {
            Errors.single(GraphQL.query("int-variable", "f", wrong), "BAD_USER_INPUT", "'f'",
                    "Int takes a whole number from -2147483648 to 2147483647");
        }
        GraphQL.query("int-variable", "f", 2).body("errors", nullValue()).body("data.envoys.nodes", hasSize(2));
        GraphQL.query("int-variable", "f", 2.0).body("errors", nullValue()).body("data.envoys.nodes", hasSize(2));
    }

    @Test
    void anIntLiteralIsAnIntValueWithin32Bits() {
        GraphQL.query("int-literals")
                .body("data", nullValue())
                .body("errors", hasSize(4))
                .body("errors.extensions.code", everyItem(is("GRAPHQL_VALIDATION_FAILED")))
                .body("errors.message", everyItem(is(
                        "argument 'first' must be a whole number from -2147483648 to 2147483647")));
        Errors.single(GraphQL.query("int-default-string"), "GRAPHQL_VALIDATION_FAILED",
                "The default value \"5\" must be a whole number");
    }

    @Test
    void anExpectedVersionWrittenAsAStringOrAFractionChangesNothing() {
        String envoy = Fixtures.envoy(HOME, "Val Version");
        String before = Snapshot.of(HOME);
        Map<String, Object> input = Map.of("name", "Val Changed", "countryCode", HOME);
        for (Object wrong : List.of("0", 0.5)) {
            Errors.single(GraphQL.asEditor("update-envoy", "id", envoy, "expectedVersion", wrong, "input", input),
                    "BAD_USER_INPUT", "'expectedVersion'", "Int takes a whole number");
        }
        Errors.single(GraphQL.raw("mutation { updateEnvoy(id: \"" + envoy + "\", expectedVersion: 1.0,"
                + " input: {name: \"Val Changed\", countryCode: \"" + HOME + "\"}) { version } }"),
                "GRAPHQL_VALIDATION_FAILED", "argument 'expectedVersion' must be a whole number");
        assertEquals(before, Snapshot.of(HOME));
    }

    @Test
    void idBooleanAndStringVariablesTakeOnlyTheirOwnJsonTypes() {
        for (Object wrong : List.of(true, 1.5, Map.of("a", 1), List.of(1))) {
            Errors.single(GraphQL.query("envoy", "id", wrong), "BAD_USER_INPUT", "'id'");
        }
        GraphQL.query("envoy", "id", 1).body("errors", nullValue()).body("data.envoy.name", is("Kim Hong-kyun"));
        for (Object wrong : List.of("true", 1, "yes")) {
            Errors.single(GraphQL.query("boolean-variable", "b", wrong), "BAD_USER_INPUT", "'b'");
        }
        for (Object wrong : List.of(5, true, 1.5)) {
            Errors.single(GraphQL.query("envoys", "filter", Map.of("nameContains", wrong)), "BAD_USER_INPUT",
                    "'filter'");
        }
        for (Object wrong : List.of(List.of(1), "text")) {
            String message = Errors.single(GraphQL.query("envoys", "filter", wrong), "BAD_USER_INPUT", "'filter'");
            assertFalse(message.matches(".*(ArrayList|LinkedHashMap|String'|Integer).*"), message);
        }
    }

    @Test
    void enumAndInputObjectVariablesOfTheWrongJsonKindSayWhatTheyTakeInJsonWords() {
        String enumMessage = Errors.single(GraphQL.asEditor("articles-status-variable", "s", Map.of("a", 1)),
                "BAD_USER_INPUT", "variable 's'");
        String objectMessage = Errors.single(GraphQL.query("envoys-filter-variable", "f", 5), "BAD_USER_INPUT",
                "variable 'f'");
        for (String message : List.of(enumMessage, objectMessage)) {
            assertFalse(message.contains("{a=1}") || message.contains("instance of type"), message);
        }
        assertTrue(enumMessage.contains("takes one of CONFIRMED, DRAFT or REJECTED, written as a string; it was an"
                + " object"), enumMessage);
        assertTrue(objectMessage.contains("takes an input object, { \"field\": value }; it was the number 5"),
                objectMessage);
    }

    @Test
    void anIdIsAsciiDigitsAndNothingElseAndItsEchoKeepsEmojiWhole() {
        for (String id : List.of("\u0661", "\uFF11", " 1", "1 ", "1234567890123456789")) {
            Errors.single(GraphQL.query("envoy", "id", id), "BAD_USER_INPUT", "id must be a whole number of up to 18"
                    + " digits");
        }
        String echo = Errors.single(GraphQL.query("envoy", "id", "x".repeat(39) + "\uD83D\uDE00" + "y"),
                "BAD_USER_INPUT", "id must be");
        assertTrue(echo.contains("x".repeat(39) + "\uD83D\uDE00\u2026"), echo);
    }

    @Test
    void aDateIsYyyyMmDdFromYearOneToYear9999() {
        for (Object wrong : List.of("0000-01-01", "-0001-01-01", "+10000-01-01", "2016-1-1", "13/12/2016")) {
            Errors.single(GraphQL.query("meetings", "filter", Map.of("to", wrong)), "BAD_USER_INPUT", "'filter'",
                    "YYYY-MM-DD, from 0001-01-01 to 9999-12-31");
        }
        Errors.single(GraphQL.query("meetings", "filter", Map.of("to", 20161213)), "BAD_USER_INPUT", "'filter'",
                "a date is a string; got the number 20161213");
        GraphQL.query("date-literals")
                .body("data", nullValue())
                .body("errors.extensions.code", everyItem(is("GRAPHQL_VALIDATION_FAILED")))
                .body("errors.message", containsInAnyOrder(
                        "argument 'filter.from' must be a date: '0000-01-01' is before the year 1; write dates as"
                                + " YYYY-MM-DD, from 0001-01-01 to 9999-12-31, such as 2016-12-13",
                        "argument 'filter.from' must be a date: '-0001-01-01' is not a date; write dates as"
                                + " YYYY-MM-DD, from 0001-01-01 to 9999-12-31, such as 2016-12-13",
                        "argument 'filter.from' must be a date: '2016-1-1' is not a date; write dates as"
                                + " YYYY-MM-DD, from 0001-01-01 to 9999-12-31, such as 2016-12-13"));
    }

    @Test
    void aDateTimeIsRfc3339WithSecondsAndAnOffset() {
        for (Object wrong : List.of("2026-12-03", "2026-12-03T07:30:00", "2026-12-03T07:30Z", "2026-12-03t07:30:00z",
                "2026-12-03 07:30:00Z", "2026-12-03T07:30:00+0200")) {
            Errors.single(GraphQL.query("recorded-since", "quotes", Map.of("recordedSince", wrong)), "BAD_USER_INPUT",
                    "'quotes'", "is not a point in time; write a point in time as RFC 3339 YYYY-MM-DDThh:mm:ss with"
                            + " an offset, such as 2026-12-03T07:30:00Z");
        }
        Errors.single(GraphQL.query("recorded-since", "meetings", Map.of("recordedSince", "2026-02-30T00:00:00Z")),
                "BAD_USER_INPUT", "'meetings'", "'2026-02-30T00:00:00Z' is not a time that exists");
        Errors.single(GraphQL.query("recorded-since", "meetings", Map.of("recordedSince", 1733212200)),
                "BAD_USER_INPUT", "'meetings'", "a point in time is a string; got the number 1733212200");
        GraphQL.query("date-time-literals")
                .body("data", nullValue())
                .body("errors.extensions.code", everyItem(is("GRAPHQL_VALIDATION_FAILED")))
                .body("errors.message", containsInAnyOrder(
                        "argument 'filter.recordedSince' must be a point in time: '2026-12-03' is not a point in"
                                + " time; write a point in time as RFC 3339 YYYY-MM-DDThh:mm:ss with an offset, such"
                                + " as 2026-12-03T07:30:00Z or 2026-12-03T09:30:00+02:00",
                        "argument 'filter.recordedSince' must be a point in time: a point in time is a string in"
                                + " double quotes; write a point in time as RFC 3339 YYYY-MM-DDThh:mm:ss with an"
                                + " offset, such as 2026-12-03T07:30:00Z or 2026-12-03T09:30:00+02:00"));
        GraphQL.query("recorded-since", "quotes", Map.of("recordedSince", "2026-12-03T09:30:00.5+02:00"),
                "meetings", Map.of("recordedSince", "9999-12-31T23:59:59Z"))
                .body("errors", nullValue()).body("data.meetings.nodes", hasSize(0));
    }

    @Test
    void aCursorWithADateOrAPositionBeyondWhatTheApiHoldsIsMalformed() {
        for (String forged : List.of("Envoy.meetings\u001f+99999999-01-01\u001f1", "Envoy.meetings\u001f0000-12-31\u001f1",
                "Envoy.meetings\u001f2016-12-13\u001f\uFF11")) {
            Errors.single(GraphQL.query("nested-envoy-meetings", "id", "1", "after", base64(forged)), "BAD_USER_INPUT",
                    "after is not a valid cursor for Envoy.meetings");
        }
        Errors.single(GraphQL.query("nested-meeting-quotes", "id", "1", "after",
                base64("Meeting.quotes\u001f4294967297\u001f1")), "BAD_USER_INPUT",
                "after is not a valid cursor for Meeting.quotes");
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void datesBeforeTheGregorianReformStayWhatWasSentThroughEveryEdit() {
        String envoy = Fixtures.envoy(HOME, "Tor Desillas");
        for (String date : List.of("1494-06-07", "0001-01-01", "1582-10-10", "9999-12-31")) {
            String meeting = GraphQL.asEditor("create-meeting", "input", Fixtures.meetingInput(HOME, date, envoy))
                    .body("errors", nullValue())
                    .body("data.createMeeting.date", is(date))
                    .extract().path("data.createMeeting.id");
            GraphQL.asEditor("update-meeting", "id", meeting, "expectedVersion", 0, "input",
                    Fixtures.meetingInput(HOME, date, envoy))
                    .body("errors", nullValue())
                    .body("data.updateMeeting.date", is(date));
            GraphQL.query("meetings", "filter", Map.of("from", date, "to", date, "participantId", envoy))
                    .body("errors", nullValue())
                    .body("data.meetings.nodes.id", contains(meeting))
                    .body("data.meetings.nodes.date", contains(date));
        }
        GraphQL.query("nested-envoy-meetings", "id", envoy, "first", 10)
                .body("data.parent.page.nodes", hasSize(4));
    }
}
