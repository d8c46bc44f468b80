package io.envoys.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.envoys.ingestion.lexicon.Gazetteer;
import io.envoys.ingestion.speaker.Attribution;

/**
 * Drafts each article of the project's own synthetic corpus ({@code src/test/resources/ingestion/corpus}, gold in the
 * dev set's format) with a directory holding only the countries, and checks every value against its gold file:
 * each quote's exact text and offsets, speaker, attribution, partial, joint and continuation flags; the participants
 * and their countries; the meeting's date, city and host.
 */
class DraftCorpusTest {

    private static final Drafter DRAFTER = new Drafter(Gazetteer.builtIn());
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> articles() throws IOException, URISyntaxException {
        URL corpus = DraftCorpusTest.class.getResource("/ingestion/corpus");
        assertNotNull(corpus, "test corpus on the classpath");
        try (Stream<Path> files = Files.list(Path.of(corpus.toURI()))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
            assertEquals(8, names.size(), "corpus articles");
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("articles")
    void draftMatchesGold(String name) throws IOException {
        String text = resource(name + ".txt");
        JsonNode gold = JSON.readTree(resource(name + ".json"));
        Draft draft = DRAFTER.draft(text, LocalDate.parse(gold.get("published").asText()), DevSetEvaluation.COUNTRIES_ONLY);

        JsonNode meeting = gold.get("meeting");
        assertEquals(textOrNull(meeting.get("date")), draft.meeting().date() == null ? null : draft.meeting().date().toString(),
                name + ": date");
        assertEquals(textOrNull(meeting.get("city")), draft.meeting().city(), name + ": city");
        assertEquals(textOrNull(meeting.get("host_country")), draft.meeting().hostCountryCode(), name + ": host");

        Set<String> goldParticipants = new HashSet<>();
        gold.get("participants").forEach(p -> goldParticipants.add(p.get("name").asText() + "/" + p.get("country").asText()));
        Set<String> drafted = new HashSet<>();
        draft.participants().forEach(p -> drafted.add(p.canonicalName() + "/" + p.countryCode()));
        assertEquals(goldParticipants, drafted, name + ": participants");

        List<JsonNode> quotes = new ArrayList<>();
        gold.get("quotes").forEach(quotes::add);
        assertEquals(quotes.size(), draft.quotes().size(), name + ": number of quotes");
        for (int i = 0; i < quotes.size(); i++) {
            JsonNode g = quotes.get(i);
            ProposedQuote q = draft.quotes().get(i);
            String where = name + " quote " + (i + 1);
            assertEquals(g.get("text").asText(), q.text(), where + ": text");
            assertEquals(text.substring(q.start(), q.end()), q.text(), where + ": offsets");
            boolean joint = g.path("joint").asBoolean(false);
            Attribution expected = joint ? Attribution.JOINT
                    : g.get("speaker_is_participant").asBoolean() ? Attribution.ATTRIBUTED : Attribution.NOT_PARTICIPANT;
            assertEquals(expected, q.attribution(), where + ": attribution");
            assertEquals(textOrNull(g.get("speaker")), DevSetEvaluation.speakerName(draft, q), where + ": speaker");
            assertEquals(g.get("partial").asBoolean(), q.partial(), where + ": partial");
            assertEquals(joint, q.joint(), where + ": joint");
            assertEquals(g.path("continuation").asBoolean(false), q.continuation(), where + ": continuation");
            assertNotNull(q.cue(), where + ": cue");
            assertEquals(text.substring(q.cue().start(), q.cue().end()), q.cue().text(), where + ": cue offsets");
            if (joint) {
                assertTrue(q.candidates().size() >= 2, where + ": joint speakers listed");
            }
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = DraftCorpusTest.class.getResourceAsStream("/ingestion/corpus/" + file)) {
            assertNotNull(in, file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
