package io.envoys.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.envoys.support.Errors;
import io.envoys.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Where each quote comes from, for every reader: the seed meeting lists its article, and each of its six quotes its
 * article, its offsets in the article's text and the sentences around it, the same through the lean executor and the
 * engine; a quote recorded by hand has none of these; an article's draft is not reachable from a meeting.
 */
@QuarkusTest
class QuoteSourcesTest {

    @Test
    void theSeedMeetingShowsItsArticleAndWhereEachQuoteStands() {
        for (boolean engine : List.of(false, true)) {
            JsonPath json = seedSources(engine);
            String at = "data.meeting.";
            assertEquals(1, json.getInt(at + "articles.totalCount"), json.prettify());
            assertEquals(List.of("1"), json.getList(at + "articles.nodes.id"));
            assertEquals("Yonhap", json.getString(at + "articles.nodes[0].source"));
            assertEquals("2016-12-13", json.getString(at + "articles.nodes[0].publishedOn"));
            assertNull(json.get(at + "articles.nodes[0].headline"));
            assertEquals("CONFIRMED", json.getString(at + "articles.nodes[0].status"));
            assertEquals("1", json.getString(at + "articles.nodes[0].meeting.id"));
            assertEquals(false, json.getBoolean(at + "articles.pageInfo.hasNextPage"));

            assertEquals(List.of(362, 610, 1620, 1816, 2036, 2155), json.getList(at + "quotes.nodes.start"));
            assertEquals(List.of(552, 776, 1788, 1975, 2059, 2318), json.getList(at + "quotes.nodes.end"));
            assertEquals(Collections.nCopies(6, "1"), json.getList(at + "quotes.nodes.article.id"));
            assertEquals(Collections.nCopies(6, "Yonhap"), json.getList(at + "quotes.nodes.article.source"));
            List<String> excerpts = json.getList(at + "quotes.nodes.excerpt");
            assertEquals("\"I think it is indeed meaningful that at this time our three countries are meeting again to"
                    + " have an in-depth discussion on how to further strengthen our trilateral coordination on North"
                    + " Korea,\" Kim told his counterparts before the meeting started.", excerpts.get(0));
            assertEquals("\"The US welcomes the recent adoption of UNSC Resolution 2321 and, of course, our three"
                    + " countries coordinated very closely together in announcing our unilateral sanctions,\" the US"
                    + " negotiator said.", excerpts.get(2), "the first of two quotes in a paragraph ends at its cue");
            assertEquals("\"This harmonization of our own sanctions, as well as working together in New York, really"
                    + " shows and symbolizes our strong trilateral cooperation on North Korea.\"", excerpts.get(3),
                    "the second starts after the first one's cue and ends with its closing mark");
            assertEquals("Kanasugi, meanwhile, emphasized that the meeting was held \"in a very timely manner\" as it"
                    + " came after the three announced their respective unilateral measures against the North.",
                    excerpts.get(4), "a partial quote comes with the reported speech around it");
            assertEquals("\"I believe, by doing so, in a very coordinated way, we are able to send our strong message"
                    + " to the DPRK, in particular, and to the international community as a whole,\" he said.",
                    excerpts.get(5), "the agency's credit after the sentence is left out");
        }
    }

    @Test
    void anArticlesTextIsGivenWhenAskedFor() throws IOException {
        JsonPath json = GraphQL.query("meeting-article-texts", "id", "1").extract().jsonPath();
        assertNull(json.get("errors"), json.prettify());
        String seedText;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("ingestion/seed-2016-12-13.txt")) {
            seedText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(seedText, json.getString("data.meeting.articles.nodes[0].text"));
        assertEquals(seedText, json.getString("data.quotes.nodes[0].article.text"));
    }

    @Test
    void aQuoteRecordedByHandHasNoArticle() {
        String meeting = GraphQL.asEditor("create-meeting-id", "input", Map.of("title", "Hand-recorded meeting",
                "date", "2024-05-06", "city", "Seoul", "hostCountryCode", "KR", "participantIds", List.of("1")))
                .extract().path("data.createMeeting.id");
        try {
            String quote = GraphQL.asEditor("record-quote", "input", Map.of("meetingId", meeting, "speakerId", "1",
                    "text", "Words an editor typed in")).extract().path("data.recordQuote.id");
            JsonPath json = GraphQL.query("meeting-sources", "id", meeting).extract().jsonPath();
            assertNull(json.get("errors"), json.prettify());
            assertEquals(0, json.getInt("data.meeting.articles.totalCount"));
            assertEquals(List.of(), json.getList("data.meeting.articles.nodes"));
            assertEquals(1, json.getList("data.meeting.quotes.nodes").size(), quote);
            assertNull(json.get("data.meeting.quotes.nodes[0].article"));
            assertNull(json.get("data.meeting.quotes.nodes[0].start"));
            assertNull(json.get("data.meeting.quotes.nodes[0].end"));
            assertNull(json.get("data.meeting.quotes.nodes[0].excerpt"));
            Errors.single(GraphQL.query("quote-article-drafts", "id", meeting), "BAD_USER_INPUT",
                    "Article.matchingMeeting", "article(id) or articles");
        } finally {
            GraphQL.asEditor("delete-meeting", "id", meeting);
        }
    }

    @Test
    void excerptsStandWhereTheOffsetsSayAfterCharactersOutsideTheBasicPlane() {
        String globes = new String(Character.toChars(0x1F30D)).repeat(400);
        String text = "SEOUL, May 9 (Test Wire) -- " + globes + " A long line of globes opened the wire.\n\n"
                + "First Yun said \"repeat me\" at dawn. Some words between. Later Yun said \"repeat me\" at dusk.\n";
        String id = GraphQL.asEditor("ingest-article", "input", Map.of("text", text, "publishedOn", "2025-05-09"))
                .extract().path("data.ingestArticle.id");
        int first = text.indexOf("repeat me");
        int second = text.indexOf("repeat me", first + 1);
        List<Map<String, Object>> quotes = List.of(
                Map.of("start", first, "end", first + 9, "speaker", "Joseph Yun"),
                Map.of("start", second, "end", second + 9, "speaker", "Joseph Yun"));
        JsonPath confirmed = GraphQL.asEditor("confirm-article", "id", id, "version", 0, "corrections", Map.of(
                "participants", List.of(Map.of("name", "Joseph Yun", "envoyId", "2")), "meeting", Map.of("date",
                        "2025-05-08", "city", "Seoul", "hostCountryCode", "KR"), "quotes", quotes))
                .extract().jsonPath();
        assertNull(confirmed.get("errors"), confirmed.prettify());
        String meeting = confirmed.getString("data.confirmArticle.meeting.id");
        try {
            for (boolean engine : List.of(false, true)) {
                JsonPath json = (engine ? GraphQL.viaEngine("meeting-sources", "id", meeting, "first", 5)
                        : GraphQL.query("meeting-sources", "id", meeting, "first", 5)).extract().jsonPath();
                assertEquals(List.of("First Yun said \"repeat me\" at dawn.", "Later Yun said \"repeat me\" at dusk."),
                        json.getList("data.meeting.quotes.nodes.excerpt"), json.prettify());
                assertEquals(List.of(first, second), json.getList("data.meeting.quotes.nodes.start"));
            }
        } finally {
            GraphQL.asEditor("delete-meeting", "id", meeting);
        }
    }

    @Test
    void anArticlesDraftIsNotReachableFromAMeeting() {
        Errors.single(GraphQL.query("meeting-article-drafts", "id", "1"), "BAD_USER_INPUT",
                "Article.proposedQuotes", "article(id) or articles");
    }

    private static JsonPath seedSources(boolean engine) {
        JsonPath json = (engine ? GraphQL.viaEngine("meeting-sources", "id", "1", "first", 5)
                : GraphQL.query("meeting-sources", "id", "1", "first", 5)).extract().jsonPath();
        assertNull(json.get("errors"), json.prettify());
        assertEquals(engine ? "Query" : null, json.get("data.__schema.queryType.name"));
        return json;
    }
}
