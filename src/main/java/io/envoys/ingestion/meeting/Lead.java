package io.envoys.ingestion.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.envoys.ingestion.text.Paragraphs.Paragraph;
import io.envoys.ingestion.text.Sentences;

/**
 * The parts of an article that locate its meeting: the dateline ("SEOUL, Nov. 7 (Yonhap) --"), the sentences that
 * report the meeting (a meeting word such as "met", "talks", "hosted", outside quotations, headline excluded), photo
 * captions and header lines (short lines without a full stop: a transcript's "Seoul, Republic of Korea").
 */
public final class Lead {

    /** A sentence or line: {@code text[start, end)}. */
    public record Span(int start, int end) {
    }

    /**
     * The dateline: its city as written (title case), its date words and the source in its parentheses ("Yonhap",
     * "Harbor Wire"), each with offsets; date and source may be null, their offsets then -1.
     */
    public record Dateline(String city, int cityStart, int cityEnd, String date, int dateStart, int dateEnd,
            String source, int sourceStart, int sourceEnd) {
    }

    private static final Set<String> MEETING_WORDS = Set.of(
            "met", "meet", "meets", "meeting", "talks", "hosted", "hosts", "gathered", "consultation",
            "consultations", "session", "welcomed", "received", "lunch", "dinner", "breakfast");
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<city>[A-Z][A-Z.'\\-]+(?: [A-Z][A-Z.'\\-]+)*)(?:, (?<region>[A-Z][a-z]+(?: [A-Z][a-z]+)*))?"
                    + "(?:, (?<date>[A-Z][a-z]{2,8}\\.? \\d{1,2}))?\\s*(?:\\((?<source>[^)]*)\\))?\\s*(?:--|—|–|-\\s)");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern CAPTION = Pattern.compile(
            "\\((?:L|C|R|left|center|centre|right)\\)|\\bposes?\\b|\\(Yonhap\\)\\s*$|\\bphoto\\b");

    private final String text;
    private final List<Paragraph> paragraphs;
    private final List<int[]> quoted;

    /** The lead of {@code text}; {@code quoted} holds {@code [start, end)} pairs of quoted passages. */
    public Lead(String text, List<Paragraph> paragraphs, List<int[]> quoted) {
        this.text = text;
        this.paragraphs = paragraphs;
        this.quoted = quoted;
    }

    /** The dateline, or null when the article has none. */
    public Dateline dateline() {
        for (Paragraph p : paragraphs.subList(0, Math.min(3, paragraphs.size()))) {
            Matcher m = DATELINE.matcher(text).region(p.start(), p.end());
            if (m.lookingAt()) {
                return new Dateline(titleCase(m.group("city")), m.start("city"), m.end("city"), m.group("date"),
                        m.start("date"), m.end("date"), m.group("source"), m.start("source"), m.end("source"));
            }
        }
        return null;
    }

    /**
     * Sentences reporting a meeting, in article order, the lead sentence (the first of the first paragraph that ends
     * like prose) always first; headlines, bylines and captions are skipped.
     */
    public List<Span> meetingSentences() {
        List<Span> out = new ArrayList<>();
        boolean lead = true;
        for (Paragraph p : paragraphs) {
            if (isHeadline(p) || isCaption(p) || !text.substring(p.start(), p.end()).matches("(?s).*[.!?\"”]\\s*$")) {
                continue;
            }
            int s = p.start();
            while (s < p.end()) {
                int e = Sentences.endAfter(text, s, p.end());
                if (lead || reportsMeeting(s, e)) {
                    out.add(new Span(s, e));
                }
                lead = false;
                s = e;
            }
        }
        return out;
    }

    /** True when {@code offset} lies inside a quoted passage. */
    public boolean quoted(int offset) {
        return inside(offset);
    }

    /** Photo captions: paragraphs with position markers ("(L)"), "poses", or ending "(Yonhap)". */
    public List<Span> captions() {
        return paragraphs.stream().filter(this::isCaption).map(p -> new Span(p.start(), p.end())).toList();
    }

    /** Header lines: short lines (12 words or fewer) with no sentence end, after the first line. */
    public List<Span> headers() {
        List<Span> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            String line = text.substring(p.start(), p.end());
            if (p.index() > 0 && line.split("\\s+").length <= 12 && !line.matches(".*[.!?:\"”]\\s*$")
                    && !line.startsWith("(") && !line.startsWith("#")) {
                out.add(new Span(p.start(), p.end()));
            }
        }
        return out;
    }

    private boolean isHeadline(Paragraph p) {
        String line = text.substring(p.start(), p.end());
        return p.index() == 0 && paragraphs.size() > 1 && !line.matches(".*[.!?\"”]\\s*$")
                && !DATELINE.matcher(line).lookingAt();
    }

    private boolean isCaption(Paragraph p) {
        return CAPTION.matcher(text.substring(p.start(), p.end())).find();
    }

    private boolean reportsMeeting(int start, int end) {
        Matcher w = WORD.matcher(text).region(start, end);
        while (w.find()) {
            if (MEETING_WORDS.contains(w.group().toLowerCase(Locale.ROOT)) && !inside(w.start())) {
                return true;
            }
        }
        return false;
    }

    private boolean inside(int offset) {
        for (int[] r : quoted) {
            if (offset >= r[0] && offset < r[1]) {
                return true;
            }
        }
        return false;
    }

    private static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder();
        for (String w : upper.split(" ")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }
}
