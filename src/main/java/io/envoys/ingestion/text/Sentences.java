package io.envoys.ingestion.text;

import java.util.Set;

/**
 * Sentence boundaries in reporter prose (the text outside quotations): a full stop, question or exclamation mark
 * followed by white space, unless the full stop ends an abbreviation ("Nov.", "Mr.", "U.S.", an initial).
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Ms", "Mrs", "Dr", "St", "Jr", "Sr", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "No", "Jan", "Feb",
            "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "a.m", "p.m", "vs", "Inc", "Co",
            "Corp", "Prof", "Amb");

    private Sentences() {
    }

    /** True when {@code text.charAt(i)} ends a sentence. */
    public static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '?' && c != '!') {
            return false;
        }
        if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        if (c != '.') {
            return true;
        }
        int w = i;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        String word = text.substring(w, i);
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return !word.matches("(\\p{L}\\.)+\\p{L}");
    }

    /** Offset where the sentence holding {@code pos} starts, searching back no further than {@code floor}. */
    public static int startBefore(String text, int floor, int pos) {
        for (int i = pos - 1; i >= floor; i--) {
            if (endsSentence(text, i)) {
                return i + 1;
            }
        }
        return floor;
    }

    /** Offset just past the end of the sentence holding {@code pos}, searching no further than {@code ceiling}. */
    public static int endAfter(String text, int pos, int ceiling) {
        for (int i = pos; i < ceiling; i++) {
            if (endsSentence(text, i)) {
                return i + 1;
            }
        }
        return ceiling;
    }
}
