package io.envoys.article;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.envoys.support.Errors;
import io.envoys.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Ingestion and review through the API: the seed article, pasted again, is the seed's own article with the seed
 * meeting as its match, its three envoys and six quotes as the seed has them; a new article of our own becomes a
 * DRAFT, is drafted with its meeting, two new participants and its quotes, and confirming it records them, each quote
 * linked to its place in the text; a stale version, a second confirmation and bad corrections are refused and change
 * nothing; a rejected draft records nothing.
 */
@QuarkusTest
class ArticleReviewTest {

    @Inject
    DataSource dataSource;

    @Test
    void theSeedArticleIsDraftedAsTheSeedHoldsIt() throws IOException {
        String text = resource("ingestion/seed-2016-12-13.txt");
        JsonPath article = GraphQL.asEditor("ingest-article", "input", Map.of("text", text + "\n",
                "publishedOn", "2016-12-13", "source", "Yonhap")).extract().jsonPath();
        assertNull(article.get("errors"), article.prettify());
        String at = "data.ingestArticle.";
        assertEquals("1", article.getString(at + "id"), "the same text, other trailing whitespace: the seed article");
        assertEquals("CONFIRMED", article.getString(at + "status"));
        assertEquals(List.of("2016-12-13", "Seoul", "KR"), List.of(article.getString(at + "proposedMeeting.date"),
                article.getString(at + "proposedMeeting.city"),
                article.getString(at + "proposedMeeting.hostCountry.code")));
        assertEquals("1", article.getString(at + "matchingMeeting.id"));
        assertEquals("1", article.getString(at + "meeting.id"));
        assertEquals(List.of("1", "2", "3"), article.getList(at + "proposedParticipants.envoy.id"));
        assertEquals(List.of("1", "1", "2", "2", "3", "3"), article.getList(at + "proposedQuotes.speaker.id"));
        assertEquals(List.of(false, false, false, false, true, false), article.getList(at + "proposedQuotes.partial"));
        assertEquals(List.of(362, 610, 1620, 1816, 2036, 2155), article.getList(at + "proposedQuotes.start"));
        assertEquals("in a very timely manner", article.getString(at + "proposedQuotes[4].text"));
        List<String> seedQuotes = new ArrayList<>();
        forEachRow("select text from quote where meeting_id = 1 order by position", row -> seedQuotes.add(row.getString(1)));
        assertEquals(seedQuotes, article.getList(at + "proposedQuotes.text"));
    }

    @Test
    void aNewArticleIsDraftedThenConfirmedIntoTheRecord() throws IOException {
        String text = resource("ingestion/articles/wire-seoul-park-whitcomb.txt");
        Map<String, Object> input = Map.of("text", text, "publishedOn", "2025-03-05", "source", "Test Wire");
        JsonPath draft = GraphQL.asEditor("ingest-article", "input", input).extract().jsonPath();
        assertNull(draft.get("errors"), draft.prettify());
        String at = "data.ingestArticle.";
        String id = draft.getString(at + "id");
        assertEquals("DRAFT", draft.getString(at + "status"));
        assertEquals(0, draft.getInt(at + "version"));
        assertEquals(List.of("2025-03-04", "Seoul", "the foreign ministry", "KR"), List.of(
                draft.getString(at + "proposedMeeting.date"), draft.getString(at + "proposedMeeting.city"),
                draft.getString(at + "proposedMeeting.venue"), draft.getString(at + "proposedMeeting.hostCountry.code")));
        assertEquals(List.of("Tuesday", "Seoul", "the foreign ministry", "Seoul"),
                draft.getList(at + "proposedMeeting.evidence.text"));
        assertEquals(List.of("Park Min-jae", "Daniel Whitcomb"), draft.getList(at + "proposedParticipants.name"));
        assertEquals(List.of("KR", "US"), draft.getList(at + "proposedParticipants.country.code"));
        assertEquals(2, draft.getList(at + "proposedParticipants.envoy").stream().filter(envoy -> envoy == null)
                .count(), "both are new to the record");
        assertEquals(List.of("ATTRIBUTED", "ATTRIBUTED", "ATTRIBUTED", "NOT_PARTICIPANT"),
                draft.getList(at + "proposedQuotes.attribution"));
        assertEquals(List.of("Park Min-jae", "Daniel Whitcomb", "Daniel Whitcomb"),
                draft.getList(at + "proposedQuotes.speakerName").subList(0, 3));
        assertEquals("he added", draft.getString(at + "proposedQuotes[2].cue"));
        for (int i = 0; i < 4; i++) {
            assertEquals(text.substring(draft.getInt(at + "proposedQuotes[" + i + "].start"),
                    draft.getInt(at + "proposedQuotes[" + i + "].end")), draft.getString(at + "proposedQuotes[" + i
                            + "].text"), "a quote is exactly its place in the text");
        }
        assertNull(draft.get(at + "matchingMeeting"));

        assertEquals(id, GraphQL.asEditor("ingest-article", "input", input).extract().path("data.ingestArticle.id"),
                "ingesting the same text again returns the same article");

        Errors.single(GraphQL.asEditor("confirm-article", "id", id, "version", 7), "CONFLICT", "at version 0");
        Errors.single(GraphQL.asEditor("confirm-article", "id", id, "version", 0, "corrections", Map.of("quotes",
                List.of(Map.of("start", 0, "end", 99_999, "speaker", "Park Min-jae")))), "BAD_USER_INPUT",
                "corrections.quotes[0]: start and end must satisfy 0 <= start < end <= " + text.strip().length()
                        + " (the text's length)");
        Errors.single(GraphQL.asEditor("confirm-article", "id", id, "version", 0, "corrections", Map.of("quotes",
                List.of(Map.of("start", 500, "end", 530, "speaker", "North Korea's state media")))), "BAD_USER_INPUT",
                "corrections.quotes[0].speaker: 'North Korea's state media' is not a participant");
        assertEquals(0, count("select count(*) from envoy where name in ('Park Min-jae', 'Daniel Whitcomb')"),
                "a refused confirmation records nothing");

        JsonPath confirmed = GraphQL.asEditor("confirm-article", "id", id, "version", 0).extract().jsonPath();
        assertNull(confirmed.get("errors"), confirmed.prettify());
        String meeting = "data.confirmArticle.meeting.";
        assertEquals("CONFIRMED", confirmed.getString("data.confirmArticle.status"));
        assertEquals(1, confirmed.getInt("data.confirmArticle.version"));
        assertEquals(List.of("Meeting of Park Min-jae and Daniel Whitcomb in Seoul", "2025-03-04", "Seoul",
                "the foreign ministry", "KR"), List.of(confirmed.getString(meeting + "title"),
                confirmed.getString(meeting + "date"), confirmed.getString(meeting + "city"),
                confirmed.getString(meeting + "venue"), confirmed.getString(meeting + "hostCountry.code")));
        assertEquals(List.of("Daniel Whitcomb", "Park Min-jae"), confirmed.getList(meeting + "participants.name"));
        assertEquals(List.of("US", "KR"), confirmed.getList(meeting + "participants.country.code"));
        assertEquals(List.of("We will not let a single launch go unanswered", "ready to talk without preconditions.",
                "Our door is open, and it will stay open"), confirmed.getList(meeting + "quotes.nodes.text"));
        assertEquals(List.of("Park Min-jae", "Daniel Whitcomb", "Daniel Whitcomb"),
                confirmed.getList(meeting + "quotes.nodes.speaker.name"));
        assertEquals(List.of(false, true, false), confirmed.getList(meeting + "quotes.nodes.partial"));
        assertEquals("he added", confirmed.getString(meeting + "quotes.nodes[2].context"));
        List<String> links = new ArrayList<>();
        forEachRow("select q.article_id, q.start_offset, q.end_offset from quote q where q.meeting_id = "
                + confirmed.getString(meeting + "id") + " order by q.position",
                row -> links.add(row.getLong(1) + ":" + row.getInt(2) + "-" + row.getInt(3)));
        assertEquals(List.of(id + ":187-232", id + ":363-399", id + ":403-442"), links);
        List<String> titles = new ArrayList<>();
        forEachRow("select e.name, mp.title_as_written from meeting_participant mp join envoy e on e.id = mp.envoy_id"
                + " where mp.meeting_id = " + confirmed.getString(meeting + "id") + " order by e.name",
                row -> titles.add(row.getString(1) + ": " + row.getString(2)));
        assertEquals(List.of("Daniel Whitcomb: the U.S. special envoy for North Korea",
                "Park Min-jae: South Korea's chief nuclear envoy"), titles);

        Errors.single(GraphQL.asEditor("confirm-article", "id", id, "version", 1), "BAD_USER_INPUT",
                "is CONFIRMED already; only a DRAFT can be confirmed");
        JsonPath read = GraphQL.asEditor("article", "id", id).extract().jsonPath();
        assertEquals(confirmed.getString(meeting + "id"), read.getString("data.article.meeting.id"));
        assertEquals(confirmed.getString(meeting + "id"), read.getString("data.article.matchingMeeting.id"),
                "now the record holds the meeting, the draft finds it");

        // the other test classes share this database and count Korea's envoys: take ours out again
        GraphQL.asEditor("delete-meeting", "id", confirmed.getString(meeting + "id")).body("errors", nullValue());
        for (String envoy : confirmed.<String>getList(meeting + "participants.id")) {
            GraphQL.asEditor("delete-envoy", "id", envoy).body("errors", nullValue());
        }
    }

    @Test
    void aRejectedDraftRecordsNothingAndListsAsRejected() {
        String text = "TOKYO, June 2 (Test Wire) -- Japan's envoy Aiko Moriyama met South Korea's envoy Kim Tae-rin"
                + " in Tokyo on Monday.\n\n\"We agreed on more than we expected,\" Moriyama said.\n";
        JsonPath draft = GraphQL.asEditor("ingest-article", "input", Map.of("text", text, "publishedOn", "2025-06-03"))
                .extract().jsonPath();
        String id = draft.getString("data.ingestArticle.id");
        JsonPath rejected = GraphQL.asEditor("reject-article", "id", id, "version", 0).extract().jsonPath();
        assertEquals("REJECTED", rejected.getString("data.rejectArticle.status"));
        assertEquals(1, rejected.getInt("data.rejectArticle.version"));
        assertEquals(0, count("select count(*) from envoy where name in ('Aiko Moriyama', 'Kim Tae-rin')"));
        Errors.single(GraphQL.asEditor("reject-article", "id", id, "version", 1), "BAD_USER_INPUT",
                "is REJECTED already");
        JsonPath listed = GraphQL.asEditor("articles", "filter", Map.of("status", "REJECTED")).extract().jsonPath();
        assertEquals(id, listed.getString("data.articles.nodes[0].id"));
        assertEquals(List.of("REJECTED"), listed.getList("data.articles.nodes.status").stream().distinct().toList());
    }

    @Test
    void badArticlesAreRefusedClearlyAndAnonymousReadersSeeNoDrafts() {
        Errors.single(GraphQL.asEditor("ingest-article", "input", Map.of("text", "  \n ", "publishedOn",
                "2025-01-01")), "BAD_USER_INPUT", "input.text");
        Errors.single(GraphQL.asEditor("ingest-article", "input", Map.of("text", "x".repeat(100_001), "publishedOn",
                "2025-01-01")), "BAD_USER_INPUT", "input.text");
        Errors.single(GraphQL.asEditor("ingest-article", "input", Map.of("text", "Some text.", "publishedOn",
                "2025-13-01")), "BAD_USER_INPUT", "'2025-13-01' is not a calendar date");
        JsonPath noQuotes = GraphQL.asEditor("ingest-article", "input", Map.of("text",
                "SEOUL -- Envoys of two countries met on Monday and said nothing on the record.", "publishedOn",
                "2025-01-08")).extract().jsonPath();
        assertNull(noQuotes.get("errors"), noQuotes.prettify());
        assertEquals(List.of(), noQuotes.getList("data.ingestArticle.proposedQuotes"));
        Errors.single(GraphQL.query("articles"), "UNAUTHENTICATED");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ArticleReviewTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private long count(String sql) {
        long[] found = new long[1];
        forEachRow(sql, row -> found[0] = row.getLong(1));
        return found[0];
    }

    private void forEachRow(String sql, RowReader reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads one row of a result. */
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }
}
