package io.envoys.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.envoys.ingestion.lexicon.Gazetteer;
import io.envoys.ingestion.speaker.Attribution;

/**
 * The rule "a wrong name is worse than none": where two people fit a cue equally (a shared surname, a
 * pronoun after joint subjects) the quote is AMBIGUOUS with both as candidates, and a pronoun never goes to someone of
 * the other gender.
 */
class AbstentionTest {

    private static final Drafter DRAFTER = new Drafter(Gazetteer.builtIn());
    private static final LocalDate DAY = LocalDate.of(2025, 4, 2);

    private static Draft draft(String text) {
        return DRAFTER.draft(text, DAY, DevSetEvaluation.COUNTRIES_ONLY);
    }

    private static List<String> names(Draft draft, List<Integer> indexes) {
        return indexes.stream().map(i -> draft.participants().get(i).canonicalName()).toList();
    }

    /** The name of the participant the draft gives its first quote to, or null. */
    private static String speaker(Draft draft) {
        return speaker(draft, 0);
    }

    /** The name of the participant the draft gives quote {@code index} to, or null. */
    private static String speaker(Draft draft, int index) {
        Integer speaker = draft.quotes().get(index).speaker();
        return speaker == null ? null : draft.participants().get(speaker).canonicalName();
    }

    private static void assertAmbiguous(Draft draft, List<String> candidates) {
        ProposedQuote q = draft.quotes().get(0);
        assertEquals(Attribution.AMBIGUOUS, q.attribution());
        assertNull(q.speaker());
        assertEquals(candidates, names(draft, q.candidates()));
    }

    private static void assertAttributed(Draft draft, String name) {
        assertEquals(Attribution.ATTRIBUTED, draft.quotes().get(0).attribution());
        assertEquals(name, speaker(draft));
    }

    @Test
    void oneOfTheEnvoysSaidIsAmbiguousNotJoint() {
        Draft draft = draft("Kim Do-yeon, South Korea's envoy, met Japan's envoy Aiko Tanabe in Seoul on Tuesday.\n\n"
                + "\"There is still room for talks,\" one of the envoys said.");
        assertAmbiguous(draft, List.of("Kim Do-yeon", "Aiko Tanabe"));
        assertEquals("one of the envoys", draft.quotes().get(0).speakerAsWritten());
    }

    @Test
    void twoEnvoysNamedKimJustBeforeKimSaidIsAmbiguous() {
        Draft draft = draft("Kim Do-yeon, South Korea's envoy, met Peter Kim, the U.S. envoy, in Seoul on Tuesday.\n\n"
                + "Kim Do-yeon and Peter Kim spent two hours on the sanctions list.\n\n"
                + "\"The list will grow,\" Kim said.");
        assertAmbiguous(draft, List.of("Kim Do-yeon", "Peter Kim"));
    }

    @Test
    void anEnvoyKimAndTheLeaderKimJustBeforeKimSaidIsNotGivenToTheEnvoy() {
        Draft draft = draft("Kim Do-yeon, South Korea's envoy, met Japan's envoy Aiko Tanabe in Seoul on Tuesday.\n\n"
                + "Kim Do-yeon spoke a day after North Korean leader Kim Jong Un inspected a missile factory.\n\n"
                + "\"Nobody can stop us,\" Kim said.");
        assertNotEquals(Attribution.ATTRIBUTED, draft.quotes().get(0).attribution());
        assertNull(speaker(draft));
    }

    @Test
    void kimSaidRightAfterOneKimIsNamedInTheParagraphStaysAttributed() {
        Draft draft = draft("Kim Do-yeon, South Korea's envoy, met Peter Kim, the U.S. envoy, in Seoul on Tuesday.\n\n"
                + "Peter Kim brushed the question aside. \"We are not in a hurry,\" Kim said.");
        assertAttributed(draft, "Peter Kim");
    }

    @Test
    void heAfterTwoMenAsJointSubjectsIsAmbiguous() {
        Draft draft = draft("Mr. Tomas Reyes, the U.S. envoy, met Mr. Lee Jae-won, South Korea's envoy, in Seoul "
                + "on Tuesday.\n\n"
                + "Reyes and Lee walked out together after the lunch. \"It went well,\" he said.");
        assertAmbiguous(draft, List.of("Tomas Reyes", "Lee Jae-won"));
    }

    @Test
    void heAfterJointSubjectsGoesToTheOnlyMan() {
        Draft draft = draft("Ms. Aiko Tanabe, Japan's envoy, met Mr. Lee Jae-won, South Korea's envoy, in Seoul "
                + "on Tuesday.\n\n"
                + "Tanabe and Lee walked out together after the lunch. \"It went well,\" he said.");
        assertAttributed(draft, "Lee Jae-won");
    }

    @Test
    void sheNeverGoesToSomeoneTheArticleCalledHe() {
        Draft draft = draft("Lee Jae-won, South Korea's envoy, met Tomas Reyes, the U.S. envoy, in Seoul on Tuesday.\n\n"
                + "Lee opened the session. \"We have work to do,\" he said.\n\n"
                + "\"The clock is running,\" she said.");
        assertEquals("Lee Jae-won", speaker(draft, 0));
        assertNotEquals("Lee Jae-won", speaker(draft, 1));
    }

    @Test
    void sheNeverGoesToAManByAGenderedNoun() {
        Draft draft = draft("Lee Jae-won, South Korea's envoy, met Tomas Reyes, the U.S. envoy, in Seoul on Tuesday.\n\n"
                + "Reyes, a father of three, opened the session. "
                + "\"The clock is running,\" she said.");
        assertNotEquals("Tomas Reyes", speaker(draft));
    }
}
