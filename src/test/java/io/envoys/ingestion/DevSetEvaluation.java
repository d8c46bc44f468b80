package io.envoys.ingestion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.envoys.ingestion.lexicon.Gazetteer;
import io.envoys.ingestion.speaker.Attribution;

/**
 * Drafts every {@code NN-slug.txt} of a gold folder (with the {@code published} date of its {@code NN-slug.json}) and
 * writes predictions in {@code score.py}'s format; then times drafting. Run by {@code src/main/scripts/ingestion-eval.sh}.
 *
 * <p>Usage: {@code DevSetEvaluation GOLD_DIR OUT_DIR}. The directory holds only the countries (KR, US, JP, CN, RU, KP),
 * no envoys, so participants and speakers are written as canonical names.
 */
public final class DevSetEvaluation {

    private static final Pattern PUBLISHED = Pattern.compile("\"published\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})\"");
    static final Directory COUNTRIES_ONLY = new Directory(List.of(), List.of(
            new KnownCountry("KR", "South Korea"), new KnownCountry("US", "United States"),
            new KnownCountry("JP", "Japan"), new KnownCountry("CN", "China"), new KnownCountry("RU", "Russia"),
            new KnownCountry("KP", "North Korea")));

    private DevSetEvaluation() {
    }

    /** Drafts {@code args[0]}'s articles into {@code args[1]} and prints the drafting times. */
    public static void main(String[] args) throws IOException {
        Path gold = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Drafter drafter = new Drafter(Gazetteer.builtIn());
        List<String> texts = new ArrayList<>();
        List<Path> articles;
        try (Stream<Path> files = Files.list(gold)) {
            articles = files.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.txt")).sorted().toList();
        }
        for (Path txt : articles) {
            String name = txt.getFileName().toString().replaceAll("\\.txt$", "");
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            texts.add(text);
            LocalDate published = published(gold.resolve(name + ".json"));
            long t0 = System.nanoTime();
            Draft draft = drafter.draft(text, published, COUNTRIES_ONLY);
            long micros = (System.nanoTime() - t0) / 1000;
            Files.writeString(out.resolve(name + ".json"), toJson(draft), StandardCharsets.UTF_8);
            System.out.printf("drafted %-50s %6.1f ms (first run, cold)%n", name, micros / 1000.0);
        }
        timeThousandWords(drafter, texts);
    }

    private static LocalDate published(Path json) throws IOException {
        Matcher m = PUBLISHED.matcher(Files.readString(json, StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IllegalStateException("no published date in " + json);
        }
        return LocalDate.parse(m.group(1));
    }

    private static void timeThousandWords(Drafter drafter, List<String> texts) {
        StringBuilder sb = new StringBuilder();
        int words = 0;
        outer:
        for (String t : texts) {
            for (String para : t.split("\n")) {
                if (words >= 1000) {
                    break outer;
                }
                sb.append(para).append('\n');
                words += para.isBlank() ? 0 : para.trim().split("\\s+").length;
            }
        }
        String article = sb.toString();
        LocalDate day = LocalDate.of(2023, 11, 7);
        for (int i = 0; i < 200; i++) {
            drafter.draft(article, day, COUNTRIES_ONLY);
        }
        long[] runs = new long[50];
        for (int i = 0; i < runs.length; i++) {
            long t0 = System.nanoTime();
            drafter.draft(article, day, COUNTRIES_ONLY);
            runs[i] = System.nanoTime() - t0;
        }
        Arrays.sort(runs);
        System.out.printf("%d-word article after warm-up: median %.2f ms, max %.2f ms (50 runs)%n", words,
                runs[runs.length / 2] / 1e6, runs[runs.length - 1] / 1e6);
    }

    static String toJson(Draft draft) {
        StringBuilder sb = new StringBuilder("{\"meeting\": {");
        ProposedMeeting m = draft.meeting();
        sb.append("\"date\": ").append(str(m.date() == null ? null : m.date().toString()))
                .append(", \"city\": ").append(str(m.city()))
                .append(", \"host_country\": ").append(str(m.hostCountryCode())).append("},\n \"participants\": [");
        for (int i = 0; i < draft.participants().size(); i++) {
            ProposedParticipant p = draft.participants().get(i);
            sb.append(i > 0 ? ", " : "").append("{\"name\": ").append(str(p.canonicalName()))
                    .append(", \"country\": ").append(str(p.countryCode())).append('}');
        }
        sb.append("],\n \"quotes\": [");
        for (int i = 0; i < draft.quotes().size(); i++) {
            ProposedQuote q = draft.quotes().get(i);
            sb.append(i > 0 ? ",\n   " : "\n   ").append("{\"text\": ").append(str(q.text()))
                    .append(", \"speaker\": ").append(str(speakerName(draft, q)))
                    .append(", \"partial\": ").append(q.partial())
                    .append(", \"joint\": ").append(q.joint())
                    .append(", \"attribution\": ").append(str(q.attribution().name()))
                    .append(", \"cue\": ").append(str(q.cue() == null ? null : q.cue().text())).append('}');
        }
        return sb.append("]}\n").toString();
    }

    /** The speaker as the scorer names them: a participant's canonical name, a non-participant as written. */
    static String speakerName(Draft draft, ProposedQuote q) {
        if (q.attribution() == Attribution.ATTRIBUTED) {
            return draft.participants().get(q.speaker()).canonicalName();
        }
        return q.attribution() == Attribution.NOT_PARTICIPANT ? q.speakerAsWritten() : null;
    }

    private static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }
}
