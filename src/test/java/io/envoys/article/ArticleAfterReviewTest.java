package io.envoys.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.envoys.support.Errors;
import io.envoys.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * What review leaves behind: a name as an article wrote it that an editor confirmed for a known envoy matches that
 * envoy in the next article (a single word is never learned); a rejected text ingested again is a DRAFT again; the
 * same words said twice in one article are two quotes, and the article is a DRAFT again when its meeting is deleted;
 * a second report of a meeting is confirmed into it unless a new meeting is asked for; an article published on the
 * first or last day the API takes is drafted, never an internal error.
 */
@QuarkusTest
class ArticleAfterReviewTest {

    private static final String FIRST_STORY = "SEOUL, May 6 (Test Wire) -- Russia's envoy Sasha Volkonsky met South"
            + " Korea's envoy Kim Hong-kyun in Seoul on Tuesday.\n\n"
            + "\"We heard each other out,\" Volkonsky said.\n";
    private static final String SECOND_STORY = "TOKYO, June 3 (Test Wire) -- Sasha Volkonsky, Moscow's envoy, met"
            + " Japan's Kenji Kanasugi in Tokyo on Monday.\n\n"
            + "\"The channel stays open,\" Volkonsky said.\n";

    @Inject
    DataSource dataSource;

    @Test
    void aNameAnEditorConfirmedMatchesTheEnvoyInTheNextArticle() throws SQLException {
        String envoy = GraphQL.asEditor("create-envoy", "input", Map.of("name", "Aleksandr Volkonsky", "countryCode",
                "KR")).extract().path("data.createEnvoy.id");
        List<String> meetings = new ArrayList<>();
        try {
            JsonPath first = ingest(FIRST_STORY, "2025-05-07");
            assertEquals(List.of("Sasha Volkonsky", "Kim Hong-kyun"),
                    first.getList("data.ingestArticle.proposedParticipants.nameAsWritten"));
            assertNull(first.get("data.ingestArticle.proposedParticipants[0].envoy"), "not known by that name yet");
            Map<String, Object> quote = Map.of("start", first.getInt("data.ingestArticle.proposedQuotes[0].start"),
                    "end", first.getInt("data.ingestArticle.proposedQuotes[0].end"), "speaker", "Sasha Volkonsky");
            JsonPath confirmed = GraphQL.asEditor("confirm-article", "id", first.getString("data.ingestArticle.id"),
                    "version", 0, "corrections", Map.of("participants", List.of(
                            Map.of("name", "Sasha Volkonsky", "envoyId", envoy),
                            Map.of("name", "Kim", "envoyId", "1")), "quotes", List.of(quote)))
                    .extract().jsonPath();
            assertNull(confirmed.get("errors"), confirmed.prettify());
            meetings.add(confirmed.getString("data.confirmArticle.meeting.id"));
            assertEquals(List.of("Sasha Volkonsky"), aliases(envoy));
            assertEquals(List.of(), aliases("1"), "a single word is never learned");

            JsonPath second = ingest(SECOND_STORY, "2025-06-04");
            assertEquals("Sasha Volkonsky", second.getString("data.ingestArticle.proposedParticipants[0].nameAsWritten"));
            assertEquals(envoy, second.getString("data.ingestArticle.proposedParticipants[0].envoy.id"));
            assertEquals(envoy, second.getString("data.ingestArticle.proposedQuotes[0].speaker.id"));
            JsonPath again = GraphQL.asEditor("confirm-article", "id", second.getString("data.ingestArticle.id"),
                    "version", 0).extract().jsonPath();
            assertNull(again.get("errors"), again.prettify());
            meetings.add(again.getString("data.confirmArticle.meeting.id"));
            assertEquals(List.of("Sasha Volkonsky"), aliases(envoy), "learned once");
        } finally {
            meetings.forEach(meeting -> GraphQL.asEditor("delete-meeting", "id", meeting));
            GraphQL.asEditor("delete-envoy", "id", envoy);
        }
        assertEquals(List.of(), aliases(envoy), "an envoy's names go with them");
    }

    @Test
    void sixConfirmationsTeachingTheSameNameAtOnceAllSucceed() throws Exception {
        String envoy = GraphQL.asEditor("create-envoy", "input", Map.of("name", "Aleksandra Novak", "countryCode",
                "KR")).extract().path("data.createEnvoy.id");
        List<String> meetings = new ArrayList<>();
        ExecutorService editors = Executors.newFixedThreadPool(6);
        try {
            List<String> drafts = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                drafts.add(ingest("SEOUL, May " + i + " (Test Wire) -- Sasha Novak met Kim Hong-kyun in Seoul on"
                        + " Tuesday.\n\n\"Round " + i + " went well,\" Novak said.\n", "2025-05-0" + (i + 1))
                        .getString("data.ingestArticle.id"));
            }
            Map<String, Object> corrections = Map.of("participants", List.of(Map.of("name", "Sasha Novak", "envoyId",
                    envoy), Map.of("name", "Kim Hong-kyun", "envoyId", "1")), "quotes", List.of());
            List<Future<JsonPath>> answers = new ArrayList<>();
            for (String draft : drafts) {
                answers.add(editors.submit(() -> GraphQL.asEditor("confirm-article", "id", draft, "version", 0,
                        "corrections", corrections).extract().jsonPath()));
            }
            for (Future<JsonPath> answer : answers) {
                JsonPath confirmed = answer.get();
                assertNull(confirmed.get("errors"), confirmed.prettify());
                meetings.add(confirmed.getString("data.confirmArticle.meeting.id"));
            }
            assertEquals(List.of("Sasha Novak"), aliases(envoy));
        } finally {
            editors.shutdownNow();
            meetings.forEach(meeting -> GraphQL.asEditor("delete-meeting", "id", meeting));
            GraphQL.asEditor("delete-envoy", "id", envoy);
        }
    }

    @Test
    void aSecondReportOfAMeetingIsConfirmedIntoItUnlessANewOneIsAskedFor() {
        String first = ingest("TOKYO, June 10 (Test Wire) -- Japan's envoy Kenji Kanasugi met South Korea's envoy Kim"
                + " Hong-kyun in Tokyo on Monday.\n\n\"We compared notes,\" Kanasugi said.\n", "2025-06-10")
                .getString("data.ingestArticle.id");
        List<String> meetings = new ArrayList<>();
        try {
            String meeting = GraphQL.asEditor("confirm-article", "id", first, "version", 0).extract()
                    .path("data.confirmArticle.meeting.id");
            meetings.add(meeting);
            JsonPath second = ingest("TOKYO, June 10 (Other Wire) -- Kim Hong-kyun and Kenji Kanasugi held talks in"
                    + " Tokyo on Monday, officials said.\n\n\"The talks were useful,\" Kanasugi said.\n", "2025-06-10");
            assertEquals(meeting, second.getString("data.ingestArticle.matchingMeeting.id"));
            String secondId = second.getString("data.ingestArticle.id");
            Errors.single(GraphQL.asEditor("confirm-article", "id", secondId, "version", 0, "corrections", Map.of(
                    "attachToMeetingId", meeting, "meeting", Map.of("city", "Osaka"))), "BAD_USER_INPUT",
                    "give one or the other");
            assertEquals(meeting, GraphQL.asEditor("confirm-article", "id", secondId, "version", 0).extract()
                    .path("data.confirmArticle.meeting.id"), "confirmed into its matching meeting");
            assertEquals(2, GraphQL.query("meeting-sources", "id", meeting, "first", 5).extract()
                    .<Integer>path("data.meeting.articles.totalCount"));

            String third = ingest("TOKYO, June 10 (Third Wire) -- Kanasugi and Kim Hong-kyun met again in Tokyo on"
                    + " Monday evening.\n\n\"A second round,\" Kanasugi said.\n", "2025-06-10")
                    .getString("data.ingestArticle.id");
            String separate = GraphQL.asEditor("confirm-article", "id", third, "version", 0, "corrections",
                    Map.of("newMeeting", true)).extract().path("data.confirmArticle.meeting.id");
            meetings.add(separate);
            assertNotEquals(meeting, separate, "a new meeting when asked for");
        } finally {
            meetings.forEach(meeting -> GraphQL.asEditor("delete-meeting", "id", meeting));
        }
    }

    @Test
    void aRejectedTextIngestedAgainIsADraftAgain() {
        String text = "OSLO, April 1 (Test Wire) -- Norway's envoy Ingrid Dahl met Japan's envoy Kenji Kanasugi in"
                + " Oslo on Monday.\n\n\"We start again from the text,\" Dahl said.\n";
        String id = ingest(text, "2025-04-01").getString("data.ingestArticle.id");
        assertEquals("REJECTED", GraphQL.asEditor("reject-article", "id", id, "version", 0).extract()
                .path("data.rejectArticle.status"));

        JsonPath reopened = GraphQL.asEditor("ingest-article", "input", Map.of("text", text, "publishedOn",
                "2025-04-02", "source", "Second Wire")).extract().jsonPath();
        assertNull(reopened.get("errors"), reopened.prettify());
        String at = "data.ingestArticle.";
        assertEquals(List.of(id, "DRAFT", "2", "Second Wire", "2025-04-02"), List.of(reopened.getString(at + "id"),
                reopened.getString(at + "status"), reopened.getString(at + "version"), reopened.getString(at + "source"),
                reopened.getString(at + "publishedOn")));
        Errors.single(GraphQL.asEditor("reject-article", "id", id, "version", 1), "CONFLICT");
        assertEquals("REJECTED", GraphQL.asEditor("reject-article", "id", id, "version", 2).extract()
                .path("data.rejectArticle.status"));
    }

    @Test
    void theSameWordsSaidTwiceInOneArticleAreTwoQuotes() {
        String text = "TOKYO, May 2 (Test Wire) -- Japan's envoy Kenji Kanasugi met South Korea's envoy Kim Hong-kyun"
                + " in Tokyo on Tuesday.\n\n\"Not yet,\" Kanasugi said when asked about a deal.\n\n"
                + "Asked whether the sanctions would be lifted, \"Not yet,\" Kanasugi said.\n";
        JsonPath draft = ingest(text, "2025-05-02");
        assertEquals(List.of("Not yet", "Not yet"), draft.getList("data.ingestArticle.proposedQuotes.text"));
        JsonPath confirmed = GraphQL.asEditor("confirm-article", "id", draft.getString("data.ingestArticle.id"),
                "version", 0).extract().jsonPath();
        assertNull(confirmed.get("errors"), confirmed.prettify());
        String meeting = confirmed.getString("data.confirmArticle.meeting.id");
        try {
            assertEquals(List.of("Not yet", "Not yet"),
                    confirmed.getList("data.confirmArticle.meeting.quotes.nodes.text"));
        } finally {
            GraphQL.asEditor("delete-meeting", "id", meeting);
        }
        JsonPath reopened = GraphQL.asEditor("article", "id", draft.getString("data.ingestArticle.id")).extract()
                .jsonPath();
        assertEquals(List.of("DRAFT", "2"), List.of(reopened.getString("data.article.status"),
                reopened.getString("data.article.version")), "its meeting deleted, the article is a draft again");
        assertNull(reopened.get("data.article.meeting"));
    }

    @Test
    void aCorrectedSpanIsTrimmedToItsWordsAndItsErrorsNameTheCorrection() {
        String text = "SEOUL, May 12 (Test Wire) -- Japan's envoy Kenji Kanasugi met South Korea's envoy Kim Hong-kyun"
                + " in Seoul on Monday.\n\nKanasugi said \"  padded words  \" and left.\n";
        String id = ingest(text, "2025-05-13").getString("data.ingestArticle.id");
        int open = text.indexOf('"') + 1;
        int close = text.indexOf('"', open);
        Map<String, Object> participants = Map.of("participants", List.of(Map.of("name", "Kenji Kanasugi", "envoyId",
                "3")));
        Errors.single(GraphQL.asEditor("confirm-article", "id", id, "version", 0, "corrections", Map.of(
                "participants", participants.get("participants"), "quotes", List.of(Map.of("start", open, "end",
                        open + 2, "speaker", "Kenji Kanasugi")))), "BAD_USER_INPUT",
                "corrections.quotes[0]: the text from " + open + " to " + (open + 2) + " is only white space");
        JsonPath confirmed = GraphQL.asEditor("confirm-article", "id", id, "version", 0, "corrections", Map.of(
                "participants", participants.get("participants"), "quotes", List.of(Map.of("start", open, "end", close,
                        "speaker", "Kenji Kanasugi")))).extract().jsonPath();
        assertNull(confirmed.get("errors"), confirmed.prettify());
        String meeting = confirmed.getString("data.confirmArticle.meeting.id");
        try {
            JsonPath sources = GraphQL.query("meeting-sources", "id", meeting, "first", 1).extract().jsonPath();
            assertEquals(List.of(open + 2, close - 2), List.of(sources.getInt("data.meeting.quotes.nodes[0].start"),
                    sources.getInt("data.meeting.quotes.nodes[0].end")));
            assertEquals("padded words", text.substring(open + 2, close - 2));
        } finally {
            GraphQL.asEditor("delete-meeting", "id", meeting);
        }
    }

    @Test
    void anArticleOfTheFirstOrLastDayIsDrafted() {
        for (String day : List.of("0001-01-01", "9999-12-31")) {
            String text = "GENEVA (Test Wire) -- Envoys met on Monday, " + day + " by the wire's calendar.\n\n"
                    + "\"A long time ago,\" Kim Hong-kyun said.\n";
            JsonPath draft = ingest(text, day);
            assertEquals(day, draft.getString("data.ingestArticle.publishedOn"));
            assertEquals("DRAFT", draft.getString("data.ingestArticle.status"));
        }
    }

    private static JsonPath ingest(String text, String publishedOn) {
        JsonPath draft = GraphQL.asEditor("ingest-article", "input", Map.of("text", text, "publishedOn", publishedOn,
                "source", "Test Wire")).extract().jsonPath();
        assertNull(draft.get("errors"), draft.prettify());
        return draft;
    }

    private List<String> aliases(String envoyId) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select alias from envoy_alias where envoy_id = ? order by alias")) {
            statement.setLong(1, Long.parseLong(envoyId));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }
}
