package io.envoys.meeting;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.envoys.support.Errors;
import io.envoys.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class MeetingQueryTest {

    private static final String SEED = "1";

    @Test
    void filtersFindTheSeedMeeting() {
        for (Map<String, Object> filter : List.of(
                Map.<String, Object>of("city", "sEOUL"),
                Map.<String, Object>of("topic", "unsc resolution 2321 SANCTIONS"),
                Map.<String, Object>of("from", "2016-12-13", "to", "2016-12-13"),
                Map.<String, Object>of("hostCountryCode", "KR", "participantId", "3"),
                Map.<String, Object>of("city", "Seoul", "topic", "North Korea's nuclear and missile threat",
                        "from", "2016-01-01", "to", "2016-12-31", "hostCountryCode", "KR", "participantId", "2"))) {
            GraphQL.query("meetings", "filter", filter)
                    .body("errors", nullValue())
                    .body("data.meetings.nodes.id", hasItem(SEED));
        }
    }

    @Test
    void filtersLeaveOutWhatDoesNotMatch() {
        for (Map<String, Object> filter : List.of(
                Map.<String, Object>of("city", "Tokyo"),
                Map.<String, Object>of("topic", "sanctions"),
                Map.<String, Object>of("from", "2016-12-14"),
                Map.<String, Object>of("to", "2016-12-12"),
                Map.<String, Object>of("hostCountryCode", "JP"),
                Map.<String, Object>of("participantId", "999999"))) {
            GraphQL.query("meetings", "filter", filter)
                    .body("errors", nullValue())
                    .body("data.meetings.nodes.id", not(hasItem(SEED)));
        }
    }

    @Test
    void pagesWalkAllMeetingsNewestFirstWithoutGapsOrRepeats() {
        List<String> ids = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        String after = null;
        int total;
        do {
            JsonPath page = GraphQL.query("meetings", "first", 3, "after", after).extract().jsonPath();
            total = page.getInt("data.meetings.totalCount");
            ids.addAll(page.getList("data.meetings.nodes.id"));
            dates.addAll(page.getList("data.meetings.nodes.date"));
            after = page.getBoolean("data.meetings.pageInfo.hasNextPage")
                    ? page.getString("data.meetings.pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(total, ids.size());
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no meeting twice");
        assertEquals(dates.stream().sorted(Comparator.reverseOrder()).toList(), dates, "newest first");
        assertTrue(ids.contains(SEED));
    }

    @Test
    void aMeetingLookupByUnknownIdIsNull() {
        GraphQL.query("seed-meeting", "id", "999999").body("errors", nullValue()).body("data.meeting", nullValue());
    }

    @Test
    void aFilterVariableWithAFieldTheSchemaLacksIsRefusedBeforeAnythingRuns() {
        ValidatableResponse response = GraphQL.query("meetings", "filter", Map.of("hostCity", "Seoul"));
        Errors.single(response, "BAD_USER_INPUT", "'hostCity'", "MeetingFilter");
        response.body("$", not(hasKey("data")));
    }

    @Test
    void aPageSizeThatIsNotAWholeNumberOrBeyondIntIsRefusedBeforeAnythingRuns() {
        Errors.single(GraphQL.query("meetings", "first", 2.5), "BAD_USER_INPUT", "'first'", "whole number");
        Errors.single(GraphQL.query("meetings", "first", 99_178_894_117L), "BAD_USER_INPUT", "'first'",
                "99178894117");
        Errors.single(GraphQL.raw("{ meetings(first: 99178894117) { totalCount } }"), "GRAPHQL_VALIDATION_FAILED",
                "argument 'first' must be a whole number from -2147483648 to 2147483647");
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
        Errors.single(GraphQL.query("meetings", "filter", Map.of("from", "2017-01-01", "to", "2016-01-01")),
                "BAD_USER_INPUT", "filter.from", "filter.to");
    }

    @Test
    void anUnknownHostCountryIsRefused() {
        Errors.single(GraphQL.query("meetings", "filter", Map.of("hostCountryCode", "QQ")), "BAD_USER_INPUT",
                "filter.hostCountryCode", "'QQ'");
    }

    @Test
    void aParticipantIdThatIsNotANumberIsRefused() {
        Errors.single(GraphQL.query("meetings", "filter", Map.of("participantId", "kim")), "BAD_USER_INPUT",
                "filter.participantId");
    }

    @Test
    void aMalformedCursorIsRefused() {
        Errors.single(GraphQL.query("meetings", "after", "bWVldGluZ3MfMjAxNi0xMy0wMR8x"), "BAD_USER_INPUT", "after",
                "meetings");
    }
}
