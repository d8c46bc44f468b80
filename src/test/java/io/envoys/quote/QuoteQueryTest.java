package io.envoys.quote;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.envoys.support.Errors;
import io.envoys.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class QuoteQueryTest {

    private static final Map<String, Object> SEED_MEETING = Map.of("meetingId", "1");

    @Test
    void pagesOfTwoWalkTheSeedQuotesInOrder() {
        List<Integer> positions = new ArrayList<>();
        String after = null;
        for (int page = 1; page <= 3; page++) {
            JsonPath json = GraphQL.query("quotes", "filter", SEED_MEETING, "first", 2, "after", after)
                    .body("errors", nullValue())
                    .body("data.quotes.totalCount", is(6))
                    .extract().jsonPath();
            positions.addAll(json.getList("data.quotes.nodes.position"));
            assertEquals(page > 1, json.getBoolean("data.quotes.pageInfo.hasPreviousPage"));
            assertEquals(page < 3, json.getBoolean("data.quotes.pageInfo.hasNextPage"));
            assertEquals(json.getString("data.quotes.edges[1].cursor"),
                    json.getString("data.quotes.pageInfo.endCursor"));
            assertEquals(json.getString("data.quotes.edges[0].cursor"),
                    json.getString("data.quotes.pageInfo.startCursor"));
            after = json.getString("data.quotes.pageInfo.endCursor");
        }
        assertEquals(List.of(1, 2, 3, 4, 5, 6), positions);
        GraphQL.query("quotes", "filter", SEED_MEETING, "after", after)
                .body("data.quotes.nodes", is(List.of()))
                .body("data.quotes.pageInfo.hasNextPage", is(false))
                .body("data.quotes.pageInfo.endCursor", nullValue());
    }

    @Test
    void textAndSpeakerFiltersCombine() {
        GraphQL.query("quotes", "filter", Map.of("meetingId", "1", "textContains", "NORTH korea"))
                .body("data.quotes.nodes.position", contains(1, 4));
        GraphQL.query("quotes", "filter", Map.of("meetingId", "1", "speakerId", "3"))
                .body("data.quotes.nodes.speaker.name", contains("Kenji Kanasugi", "Kenji Kanasugi"))
                .body("data.quotes.nodes.position", contains(5, 6));
    }

    @Test
    void aPartialQuoteKnowsItsMeeting() {
        GraphQL.query("quote", "id", "5")
                .body("data.quote.text", is("in a very timely manner"))
                .body("data.quote.partial", is(true))
                .body("data.quote.speaker.name", is("Kenji Kanasugi"))
                .body("data.quote.meeting.city", is("Seoul"))
                .body("data.quote.meeting.date", is("2016-12-13"));
    }

    @Test
    void anUnknownQuoteIsNull() {
        GraphQL.query("quote", "id", "999999").body("errors", nullValue()).body("data.quote", nullValue());
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        String envoyCursor = GraphQL.query("envoys", "first", 1).extract().path("data.envoys.pageInfo.endCursor");
        String message = Errors.single(GraphQL.query("quotes", "after", envoyCursor), "BAD_USER_INPUT", "after");
        assertFalse(message.isBlank());
    }

    @Test
    void idFiltersThatAreNotNumbersAreRefused() {
        Errors.single(GraphQL.query("quotes", "filter", Map.of("speakerId", "x1")), "BAD_USER_INPUT",
                "filter.speakerId");
    }
}
