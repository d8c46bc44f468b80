package io.envoys.ingestion.text;

/**
 * The sentences of an article around a passage of it: from the start of the sentence the passage starts in to the end
 * of the sentence it ends in, within its paragraph (a line). A sentence ends as {@link Sentences#endsSentence} says,
 * or at a full stop, question or exclamation mark followed by a closing quotation mark and white space, unless what
 * follows starts in lower case ({@code "Why now?" he asked.} is one sentence).
 */
public final class SentenceBounds {

    private SentenceBounds() {
    }

    /**
     * The offsets {@code [from, to)} of the sentences of {@code text} that hold {@code text[start, end)}, without the
     * white space around them; the edges of {@code text} count as paragraph edges.
     *
     * @param start where the passage starts, 0 to {@code end}
     * @param end where it ends (exclusive), {@code start} to {@code text.length()}
     * @throws IllegalArgumentException when the offsets are outside the text or reversed
     */
    public static int[] around(String text, int start, int end) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException("offsets " + start + "-" + end + " outside a text of " + text.length());
        }
        int paragraphStart = text.lastIndexOf('\n', start - 1) + 1;
        int paragraphEnd = text.indexOf('\n', end);
        if (paragraphEnd < 0) {
            paragraphEnd = text.length();
        }
        int from = paragraphStart;
        for (int i = start - 1; i >= paragraphStart; i--) {
            int after = sentenceEnd(text, i);
            if (after > 0 && after <= start) {
                from = after;
                break;
            }
        }
        int to = paragraphEnd;
        for (int i = Math.max(start, end - 1); i < paragraphEnd; i++) {
            int after = sentenceEnd(text, i);
            if (after > 0) {
                to = after;
                break;
            }
        }
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }

    /** Where the sentence ending at {@code text.charAt(i)} ends (past a closing quotation mark), or -1. */
    private static int sentenceEnd(String text, int i) {
        if (Sentences.endsSentence(text, i)) {
            return i + 1;
        }
        char c = text.charAt(i);
        if ((c != '.' && c != '?' && c != '!') || i + 1 >= text.length() || !closing(text.charAt(i + 1))) {
            return -1;
        }
        int after = i + 2;
        if (after < text.length() && !Character.isWhitespace(text.charAt(after))) {
            return -1;
        }
        int next = after;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next < text.length() && Character.isLowerCase(text.charAt(next)) ? -1 : after;
    }

    private static boolean closing(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'';
    }
}
