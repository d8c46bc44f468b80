package io.envoys.ingestion.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.envoys.ingestion.text.Paragraphs.Paragraph;

/**
 * Finds quoted passages paragraph by paragraph: straight (") or curly (“ ”) double marks, a mark left open running
 * to the end of its paragraph; transcript turns ("DIRECTOR GENERAL LEE: words"), reporters' questions ("Q:",
 * "QUESTION:") excepted. Passages that are titles, names or scare quotes are kept but marked as not speech
 * ({@link NonSpeech}).
 */
public final class PassageFinder {

    private static final Pattern TURN = Pattern.compile(
            "^(?<label>[A-Z][A-Z.'’\\-]*(?: [A-Z][A-Z.'’\\-]*)*):[ \\t]+(?<body>\\S.*?)\\s*$");
    private static final Set<String> QUESTION_LABELS = Set.of("Q", "QUESTION", "REPORTER", "MODERATOR");

    private PassageFinder() {
    }

    /** Every passage in {@code text}, in order; reporters' questions are left out. */
    public static List<Passage> find(String text, List<Paragraph> paragraphs) {
        List<Passage> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            String line = text.substring(p.start(), p.end());
            Matcher turn = TURN.matcher(line);
            if (turn.matches()) {
                if (!QUESTION_LABELS.contains(turn.group("label"))) {
                    out.add(new Passage(p.start() + turn.start("body"), p.start() + turn.end("body"), p.start(), p.end(),
                            Passage.Kind.TURN, p.index(), turn.group("label"), true));
                }
                continue;
            }
            marks(text, p, out);
        }
        return out;
    }

    private static void marks(String text, Paragraph p, List<Passage> out) {
        int open = -1;
        for (int i = p.start(); i < p.end(); i++) {
            char c = text.charAt(i);
            if (open < 0 && (c == '"' || c == '“')) {
                open = i;
            } else if (open >= 0 && (c == '"' || c == '”')) {
                out.add(NonSpeech.classify(text, closed(text, open, i, p)));
                open = -1;
            }
        }
        if (open >= 0) {
            int[] inner = trim(text, open + 1, p.end());
            out.add(new Passage(inner[0], inner[1], open, p.end(), Passage.Kind.UNCLOSED, p.index(), null, true));
        }
    }

    private static Passage closed(String text, int open, int close, Paragraph p) {
        int[] inner = trim(text, open + 1, close);
        if (inner[1] > inner[0] && text.charAt(inner[1] - 1) == ',') {
            inner = trim(text, inner[0], inner[1] - 1);
        }
        return new Passage(inner[0], inner[1], open, close, Passage.Kind.CLOSED, p.index(), null, true);
    }

    private static int[] trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }
}
