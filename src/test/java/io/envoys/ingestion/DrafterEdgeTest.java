package io.envoys.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.envoys.ingestion.lexicon.Gazetteer;
import io.envoys.ingestion.speaker.Attribution;

/** Bad input, unusual marks, name matching against the directory, abstention and speed. */
class DrafterEdgeTest {

    private static final Drafter DRAFTER = new Drafter(Gazetteer.builtIn());
    private static final LocalDate DAY = LocalDate.of(2025, 3, 11);
    private static final Directory COUNTRIES = DevSetEvaluation.COUNTRIES_ONLY;

    @Test
    void emptyTextIsRefusedWithAClearMessage() {
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> DRAFTER.draft("  \n ", DAY, COUNTRIES));
        assertEquals("article text is empty", blank.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DRAFTER.draft(null, DAY, COUNTRIES));
        assertThrows(IllegalArgumentException.class, () -> DRAFTER.draft("Envoys met.", null, COUNTRIES));
    }

    @Test
    void textOverTheLimitIsRefused() {
        String tooLong = "a".repeat(Drafter.MAX_LENGTH + 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DRAFTER.draft(tooLong, DAY, COUNTRIES));
        assertTrue(e.getMessage().contains("100000"), e.getMessage());
    }

    @Test
    void textWithoutQuotationGivesADraftWithoutQuotes() {
        Draft draft = DRAFTER.draft("SEOUL, March 11 (Yonhap) -- Park Min-seo, South Korea's nuclear envoy, met her "
                + "Japanese counterpart Daisuke Morikawa here on Tuesday.", DAY, COUNTRIES);
        assertEquals(List.of(), draft.quotes());
        assertEquals(DAY, draft.meeting().date());
        assertEquals("Seoul", draft.meeting().city());
        assertEquals(List.of("Park Min-seo", "Daisuke Morikawa"), participants(draft));
    }

    @Test
    void curlyAndStraightMarksBothDelimitQuotes() {
        String text = "Park Min-seo, South Korea's nuclear envoy, met Japan's Daisuke Morikawa in Seoul on Tuesday.\n\n"
                + "“We agreed on the next steps,” Park said.\n\n"
                + "\"Japan will do its part,\" Morikawa said.";
        Draft draft = DRAFTER.draft(text, DAY, COUNTRIES);
        assertEquals(List.of("We agreed on the next steps", "Japan will do its part"),
                draft.quotes().stream().map(ProposedQuote::text).toList());
        assertEquals(List.of("Park Min-seo", "Daisuke Morikawa"), draft.quotes().stream()
                .map(q -> draft.participants().get(q.speaker()).canonicalName()).toList());
    }

    @Test
    void aMarkLeftOpenRunsToTheEndOfItsParagraph() {
        String text = "Park Min-seo, South Korea's nuclear envoy, met Daisuke Morikawa in Seoul on Tuesday.\n\n"
                + "Park said: \"We agreed on the next steps\n\n"
                + "\"and we will take them together.\"";
        Draft draft = DRAFTER.draft(text, DAY, COUNTRIES);
        assertEquals(List.of("We agreed on the next steps", "and we will take them together."),
                draft.quotes().stream().map(ProposedQuote::text).toList());
        ProposedQuote second = draft.quotes().get(1);
        assertTrue(second.continuation());
        assertEquals("Park Min-seo", draft.participants().get(second.speaker()).canonicalName());
    }

    @Test
    void namesAsWrittenMatchKnownEnvoysReorderedWithMiddleNamesOrMisspelt() {
        Directory known = new Directory(List.of(
                new KnownPerson(7, "Hiroyuki Namazu", "JP", List.of()),
                new KnownPerson(8, "Sung Kim", "US", List.of()),
                new KnownPerson(9, "Takehiro Funakoshi", "JP", List.of())), COUNTRIES.countries());
        String text = "Sung Yong Kim, the U.S. special representative, met Namazu Hiroyuki, of Japan's foreign ministry, "
                + "and Takehiro Funakosi in Tokyo on Tuesday.";
        Draft draft = DRAFTER.draft(text, DAY, known);
        assertEquals(List.of(8L, 7L, 9L), draft.participants().stream().map(p -> p.match().id()).toList());
        assertEquals("Sung Yong Kim", draft.participants().get(0).nameAsWritten());
    }

    @Test
    void canonicalNamesFollowTheServiceOrderWithoutADirectory() {
        String text = "Sung Yong Kim, the U.S. special representative, met Namazu Hiroyuki, director general at "
                + "Japan's foreign ministry, in Tokyo on Tuesday.\n\nNamazu said the talks were useful.";
        Draft draft = DRAFTER.draft(text, DAY, COUNTRIES);
        assertEquals(List.of("Sung Kim", "Hiroyuki Namazu"),
                draft.participants().stream().map(ProposedParticipant::canonicalName).toList());
        assertNull(draft.participants().get(0).match());
    }

    @Test
    void aSharedSurnameWithNothingToChooseByIsAmbiguous() {
        String text = "Andrew Kim, the U.S. envoy, met Kim Tae-ho, South Korea's envoy, in Seoul on Tuesday.\n\n"
                + "Both men took questions afterwards.\n\n"
                + "\"We are ready,\" Kim said.";
        Draft draft = DRAFTER.draft(text, DAY, COUNTRIES);
        ProposedQuote q = draft.quotes().get(0);
        assertEquals(Attribution.AMBIGUOUS, q.attribution());
        assertNull(q.speaker());
        assertEquals(List.of(0, 1), q.candidates());
    }

    @Test
    void titlesAndScareQuotesAreNotQuotes() {
        String text = "Park Min-seo met Daisuke Morikawa in Seoul on Tuesday, a day after the North's \"hypersonic\" "
                + "missile launch. They reviewed the \"Blue Shield\" drills.\n\n\"We will not be intimidated,\" Park said.";
        Draft draft = DRAFTER.draft(text, DAY, COUNTRIES);
        assertEquals(List.of("We will not be intimidated"), draft.quotes().stream().map(ProposedQuote::text).toList());
    }

    @Test
    void aTwoWordAgencyInTheDatelineIsTheSourceNotAPerson() {
        Draft draft = DRAFTER.draft("SEOUL, March 11 (Harbor Wire) -- Park Min-seo, South Korea's nuclear envoy, met "
                + "Daisuke Morikawa of Japan's foreign ministry here on Tuesday.\n\n\"We agreed,\" Park said.", DAY,
                COUNTRIES);
        assertEquals(List.of("Park Min-seo", "Daisuke Morikawa"), participants(draft));
    }

    @Test
    void stateMediaQuotedIsNotAParticipant() {
        String text = "Park Min-seo, South Korea's nuclear envoy, met Daisuke Morikawa in Seoul on Tuesday.\n\n"
                + "\"The puppets will regret it,\" KCNA said.\n\n"
                + "The Korean Central News Agency quoted an army officer as saying \"no drill goes unanswered.\"";
        Draft draft = DRAFTER.draft(text, DAY, COUNTRIES);
        assertEquals(List.of(Attribution.NOT_PARTICIPANT, Attribution.NOT_PARTICIPANT),
                draft.quotes().stream().map(ProposedQuote::attribution).toList());
        assertEquals("KCNA", draft.quotes().get(0).speakerAsWritten());
        assertTrue(draft.quotes().get(1).speakerAsWritten().contains("Korean Central News Agency"));
    }

    @Test
    void aCounterpartDescriptionIsNotATitle() {
        Draft draft = DRAFTER.draft("Park Min-seo, South Korea's nuclear envoy, met her Japanese counterpart "
                + "Daisuke Morikawa in Seoul on Tuesday.", DAY, COUNTRIES);
        ProposedParticipant morikawa = draft.participants().get(1);
        assertEquals("JP", morikawa.countryCode());
        assertNull(morikawa.titleAsWritten());
    }

    @Test
    void aNameWrittenFamilyNameFirstMatchesTheKnownEnvoy() {
        Directory known = new Directory(List.of(new KnownPerson(4, "Takeshi Mori", "JP", List.of())),
                COUNTRIES.countries());
        Draft draft = DRAFTER.draft("Park Min-seo, South Korea's nuclear envoy, met Mori Takeshi of Japan's foreign "
                + "ministry in Seoul on Tuesday.", DAY, known);
        assertEquals(4L, draft.participants().get(1).match().id());
    }

    @Test
    void aLongArticleDraftsQuickly() {
        StringBuilder sb = new StringBuilder();
        String paragraph = "\"Every tanker that slips past our patrols buys the North time,\" Park Min-seo, South Korea's "
                + "envoy, said on Tuesday in Seoul. Daisuke Morikawa of Japan's foreign ministry agreed.\n\n";
        while (sb.length() + paragraph.length() < Drafter.MAX_LENGTH) {
            sb.append(paragraph);
        }
        long start = System.nanoTime();
        Draft draft = DRAFTER.draft(sb.toString(), DAY, COUNTRIES);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(draft.quotes().size() > 400);
        assertTrue(millis < 5_000, "drafted 100,000 characters in " + millis + " ms");
    }

    @Test
    void anEnvoysOwnNameWinsOverAnotherEnvoysMistakenAlias() {
        Directory directory = new Directory(List.of(
                new KnownPerson(1, "Kim Hong-kyun", "KR", List.of("Joseph Yun")),
                new KnownPerson(2, "Joseph Yun", "US", List.of())), COUNTRIES.countries());
        Draft draft = DRAFTER.draft("WASHINGTON, March 11 (Test Wire) -- Joseph Yun met Kenji Kanasugi in Washington on"
                + " Tuesday.\n\n\"We agreed,\" Yun said.", DAY, directory);
        assertEquals(2L, draft.participants().get(0).match().id());
        assertEquals(0, draft.quotes().get(0).speaker());
    }

    private static List<String> participants(Draft draft) {
        return draft.participants().stream().map(ProposedParticipant::canonicalName).toList();
    }
}
