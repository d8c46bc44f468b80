package io.envoys.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.envoys.ingestion.lexicon.Gazetteer;
import io.envoys.ingestion.speaker.Attribution;

/**
 * The project's first data set: the Yonhap article of the Seoul trilateral of 13 December 2016, drafted with the
 * three seeded envoys, must give the seed migration's meeting, participants and six quotes
 * ({@code V2__seed_seoul_2016_12_13.sql}).
 */
class SeedArticleTest {

    private static final Directory SEEDED = new Directory(
            List.of(new KnownPerson(1, "Kim Hong-kyun", "KR", List.of()), new KnownPerson(2, "Joseph Yun", "US", List.of()),
                    new KnownPerson(3, "Kenji Kanasugi", "JP", List.of())),
            List.of(new KnownCountry("KR", "South Korea"), new KnownCountry("US", "United States"),
                    new KnownCountry("JP", "Japan"), new KnownCountry("KP", "North Korea")));

    private static String text;
    private static Draft draft;

    @BeforeAll
    static void draftSeed() throws IOException {
        try (InputStream in = SeedArticleTest.class.getResourceAsStream("/ingestion/seed-2016-12-13.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        draft = new Drafter(Gazetteer.builtIn()).draft(text, LocalDate.of(2016, 12, 13), SEEDED);
    }

    @Test
    void meetingIsSeoulOnTheThirteenthAtAHotelHostedByKorea() {
        assertEquals(LocalDate.of(2016, 12, 13), draft.meeting().date());
        assertEquals("Seoul", draft.meeting().city());
        assertEquals("KR", draft.meeting().hostCountryCode());
        assertEquals("a hotel", draft.meeting().venue(), "not 'the ministry' of Kim's title");
        for (Evidence e : draft.meeting().evidence()) {
            assertEquals(text.substring(e.start(), e.end()), e.text(), e.field());
        }
    }

    @Test
    void participantsAreTheThreeSeededEnvoys() {
        assertEquals(List.of(1L, 2L, 3L), draft.participants().stream().map(p -> p.match().id()).toList());
        assertEquals(List.of("Kim Hong-kyun", "Joseph Yun", "Kenji Kanasugi"),
                draft.participants().stream().map(ProposedParticipant::canonicalName).toList());
        assertEquals(List.of("KR", "US", "JP"), draft.participants().stream().map(ProposedParticipant::countryCode).toList());
    }

    @Test
    void sixQuotesAsInTheSeed() {
        List<String> texts = List.of(
                "I think it is indeed meaningful that at this time our three countries are meeting again to have an in-depth "
                        + "discussion on how to further strengthen our trilateral coordination on North Korea",
                "Given the seriousness of the situation unfolding in the region, I cannot emphasize enough the importance of "
                        + "maintaining close coordination between the three countries",
                "The US welcomes the recent adoption of UNSC Resolution 2321 and, of course, our three countries coordinated "
                        + "very closely together in announcing our unilateral sanctions",
                "This harmonization of our own sanctions, as well as working together in New York, really shows and symbolizes "
                        + "our strong trilateral cooperation on North Korea.",
                "in a very timely manner",
                "I believe, by doing so, in a very coordinated way, we are able to send our strong message to the DPRK, "
                        + "in particular, and to the international community as a whole");
        List<Long> speakers = List.of(1L, 1L, 2L, 2L, 3L, 3L);
        List<Boolean> partial = List.of(false, false, false, false, true, false);
        List<String> cues = List.of("Kim told his counterparts before the meeting started", "he added",
                "the US negotiator said", "the US negotiator said",
                "Kanasugi, meanwhile, emphasized that the meeting was held", "he said");
        assertEquals(6, draft.quotes().size());
        for (int i = 0; i < 6; i++) {
            ProposedQuote q = draft.quotes().get(i);
            assertEquals(texts.get(i), q.text(), "quote " + (i + 1));
            assertEquals(text.substring(q.start(), q.end()), q.text(), "offsets of quote " + (i + 1));
            assertEquals(Attribution.ATTRIBUTED, q.attribution(), "quote " + (i + 1));
            assertEquals(speakers.get(i), draft.participants().get(q.speaker()).match().id(), "speaker of quote " + (i + 1));
            assertEquals(partial.get(i), q.partial(), "partial flag of quote " + (i + 1));
            assertEquals(cues.get(i), q.cue().text(), "cue of quote " + (i + 1));
            assertFalse(q.joint());
        }
        assertTrue(draft.quotes().get(3).continuation(), "the second sentence of the US negotiator continues the first");
        assertEquals(1, draft.quotes().stream().filter(ProposedQuote::continuation).count());
    }
}
