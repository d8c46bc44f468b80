package io.envoys.validation;

import java.util.Map;

/**
 * The most items each list of the API can hold: a page of a connection, and the lists that validation bounds instead
 * of paging (a meeting's participants and topics; the countries, whose codes are two letters; what an article's draft
 * proposes). The paging code, the
 * validation of meetings and the query cost estimate all read them from here.
 */
public final class ListBounds {

    /** Rows in a page when {@code first} is left out. */
    public static final int PAGE_DEFAULT = 20;
    /** The largest {@code first} a connection takes. */
    public static final int PAGE_MAX = 100;
    /** Participants a meeting may record. */
    public static final int PARTICIPANTS_MAX = 50;
    /** Topics a meeting may record. */
    public static final int TOPICS_MAX = 20;
    /** Quoted passages a draft of an article holds; a longer article is refused at ingestion. */
    public static final int DRAFT_QUOTES_MAX = 500;
    /** Pieces of evidence a proposed value lists. */
    public static final int EVIDENCE_MAX = 10;
    /** Countries there can be: a code is two letters A to Z (ISO 3166-1 alpha-2 uses about 250 of them). */
    public static final int COUNTRIES_MAX = 26 * 26;

    private static final Map<String, Integer> BOUNDED = Map.of(
            "Meeting.participants", PARTICIPANTS_MAX,
            "Meeting.topics", TOPICS_MAX,
            "Query.countries", COUNTRIES_MAX,
            "Article.proposedParticipants", PARTICIPANTS_MAX,
            "Article.proposedQuotes", DRAFT_QUOTES_MAX,
            "ProposedMeeting.evidence", EVIDENCE_MAX,
            "ProposedParticipant.evidence", EVIDENCE_MAX,
            "ProposedQuote.candidates", PARTICIPANTS_MAX);

    private ListBounds() {
    }

    /** The bound of a list field that is not paged, as {@code Type.field}, or null when it has none. */
    public static Integer of(String typeAndField) {
        return BOUNDED.get(typeAndField);
    }
}
