package io.envoys.live;

/**
 * A small notice that something entered or changed in the record: its kind and an id, nothing else, so that it fits
 * a PostgreSQL notification's payload and every replica loads what it needs itself.
 *
 * @param kind what happened
 * @param id the quote's, meeting's or article's id
 */
record RecordNotice(Kind kind, long id) {

    enum Kind {
        /** A quote was recorded; {@code id} is the quote's. */
        QUOTE_RECORDED,
        /** A meeting was recorded; {@code id} is the meeting's. */
        MEETING_RECORDED,
        /** A meeting, its participants or its quotes changed; {@code id} is the meeting's. */
        MEETING_CHANGED,
        /** A meeting was deleted; {@code id} is the meeting's. */
        MEETING_DELETED,
        /** An article was confirmed into the record; {@code id} is the article's. */
        ARTICLE_CONFIRMED
    }

    /** The notice as text, such as {@code QUOTE_RECORDED:12}. */
    String encode() {
        return kind + ":" + id;
    }

    /** The notice {@link #encode()} wrote, or null for any other text. */
    static RecordNotice decode(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            return null;
        }
        try {
            return new RecordNotice(Kind.valueOf(text.substring(0, colon)), Long.parseLong(text.substring(colon + 1)));
        } catch (IllegalArgumentException notANotice) {
            return null;
        }
    }
}
