package io.envoys.ingestion.quote;

/**
 * A quoted passage or a transcript answer turn.
 *
 * @param start      offset of the first character of the words (inside the marks)
 * @param end        offset after the last character kept (a final comma inside the marks is dropped)
 * @param open       offset of the opening mark, or of the label for a turn
 * @param close      offset of the closing mark; for an unclosed passage or a turn, the paragraph's end
 * @param kind       how the passage is delimited
 * @param paragraph  index of the paragraph holding it
 * @param label      the speaker label of a turn ("DIRECTOR GENERAL LEE"), else null
 * @param speech     false for titles, names and scare quotes, which are not quotes
 */
public record Passage(int start, int end, int open, int close, Kind kind, int paragraph, String label, boolean speech) {

    /** How a passage is delimited. */
    public enum Kind {
        /** Between an opening and a closing quotation mark. */
        CLOSED,
        /** Opened and never closed: runs to the end of its paragraph. */
        UNCLOSED,
        /** A transcript answer: "LABEL: words", the whole paragraph. */
        TURN
    }

    /** This passage marked as not speech. */
    Passage notSpeech() {
        return new Passage(start, end, open, close, kind, paragraph, label, false);
    }
}
