package io.envoys.validation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Every length the schema states in characters counts characters (code points), as a reader does: an emoji outside
 * the Basic Multilingual Plane is one character, though a Java string and H2 hold it as two UTF-16 units.
 */
@QuarkusTest
class LengthsInCharactersTest {

    private static final String HOME = "XL";
    /** U+1F30D, earth globe Europe-Africa: one character, two UTF-16 units. */
    private static final String GLOBE = new String(Character.toChars(0x1F30D));
    private static final String URL_START = "https://news.example/";

    @BeforeEach
    void home() {
        Fixtures.country(HOME);
    }

    @Test
    void aQuoteOfFiveThousandCharactersWithManyEmojiIsStoredWhole() {
        String speaker = Fixtures.envoy(HOME, "Sam Emoji");
        String meeting = Fixtures.meeting(HOME, "2023-02-03", speaker);
        String text = "Talks went well ".repeat(260) + GLOBE.repeat(840);
        assertEquals(5_000, text.codePointCount(0, text.length()));
        assertEquals(5_840, text.length());
        GraphQL.asEditor("record-quote", "input", Map.of("meetingId", meeting, "speakerId", speaker, "text", text))
                .body("errors", nullValue())
                .body("data.recordQuote.text", is(text));
        GraphQL.query("meeting-detail", "id", meeting)
                .body("data.meeting.quotes.nodes.text", contains(text));

        String before = Snapshot.of(HOME);
        Errors.single(GraphQL.asEditor("record-quote", "input", Map.of("meetingId", meeting, "speakerId", speaker,
                "text", text + GLOBE)), "BAD_USER_INPUT", "input.text", "1 to 5000 characters", "it has 5001");
        assertEquals(before, Snapshot.of(HOME));
    }

    @Test
    void aNameOfTwoHundredEmojiFitsAndIsFoundByAFilterOfTwoHundred() {
        String name = GLOBE.repeat(199) + "Z";
        GraphQL.asEditor("create-envoy", "input", Map.of("name", name, "countryCode", HOME))
                .body("errors", nullValue())
                .body("data.createEnvoy.name", is(name));
        GraphQL.query("envoys", "filter", Map.of("nameContains", name))
                .body("errors", nullValue())
                .body("data.envoys.nodes.name", contains(name));

        String before = Snapshot.of(HOME);
        Errors.single(GraphQL.asEditor("create-envoy", "input", Map.of("name", GLOBE.repeat(201),
                "countryCode", HOME)), "BAD_USER_INPUT", "input.name", "it has 201");
        Errors.single(GraphQL.query("envoys", "filter", Map.of("nameContains", GLOBE.repeat(201))),
                "BAD_USER_INPUT", "filter.nameContains", "200 characters");
        assertEquals(before, Snapshot.of(HOME));
    }

    @Test
    void anArticlesSourceUrlHeadlineAndTitlesAsWrittenCountCharacters() {
        String text = "SEOUL, May 2 (Test Wire) -- Envoys of two countries met in Seoul on Monday.\n\n"
                + "\"We count in characters,\" Emo Counter said.\n";
        Map<String, Object> input = Map.of("text", text, "publishedOn", "2025-05-02", "source", GLOBE.repeat(200),
                "url", URL_START + GLOBE.repeat(2_000 - URL_START.length()), "headline", GLOBE.repeat(500));
        String id = GraphQL.asEditor("ingest-article", "input", input).body("errors", nullValue())
                .extract().path("data.ingestArticle.id");
        GraphQL.asEditor("article-record", "id", id).body("errors", nullValue())
                .body("data.article.source", is(GLOBE.repeat(200)))
                .body("data.article.url", is(URL_START + GLOBE.repeat(2_000 - URL_START.length())))
                .body("data.article.headline", is(GLOBE.repeat(500)));
        Errors.single(GraphQL.asEditor("ingest-article", "input", Map.of("text", text.replace("Monday", "Tuesday"),
                "publishedOn", "2025-05-02", "headline", GLOBE.repeat(501))), "BAD_USER_INPUT", "input.headline");

        String confirmed = GraphQL.asEditor("confirm-article", "id", id, "version", 0, "corrections", Map.of(
                "participants", List.of(Map.of("name", "Emo Counter", "countryCode", HOME, "title",
                        GLOBE.repeat(200))), "quotes", List.of())).body("errors", nullValue())
                .extract().path("data.confirmArticle.meeting.id");
        GraphQL.asEditor("delete-meeting", "id", confirmed).body("errors", nullValue());
    }
}
