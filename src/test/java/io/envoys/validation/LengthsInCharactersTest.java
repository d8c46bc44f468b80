package io.envoys.validation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
