package io.envoys.graphql;

import java.util.List;
import java.util.Map;

/**
 * What the caches of work done per query (validated documents, cost estimates, lean plans) count to stay within their
 * bounds: characters of text they keep alive, as a parsed document takes about 20 bytes of heap per character of its
 * query. A cache bounded by entries instead would hold any amount of the clients' text (a million-character variable
 * value per entry filled a 256 MiB heap), so every one of these caches is bounded by weight (Caffeine's
 * {@code maximumWeight}).
 */
public final class CacheWeights {

    /**
     * Requests whose variables hold more text than this are worked out every time, not kept: no entry is worth more
     * than a few ordinary queries.
     */
    public static final int CACHED_VARIABLE_CHARACTERS = 4_096;
    /** The weight of one field of a normalised operation: about 1 KB of heap, as much as 50 characters of a query. */
    public static final int NORMALISED_FIELD = 50;
    /**
     * The weight of one field of a parsed document beyond its characters: a field written in three characters
     * ({@code id }) took about 190 bytes of heap with its location and lists (measured: 4,000 documents of 480 such
     * fields held 180 MB), three times what its characters weigh.
     */
    public static final int DOCUMENT_FIELD = 10;

    private CacheWeights() {
    }

    /**
     * The weight of a parsed document: its query's characters and {@link #DOCUMENT_FIELD} per field it selects
     * (fragments counted where they are spread).
     */
    public static int document(int characters, int fields) {
        return characters + DOCUMENT_FIELD * fields;
    }

    /**
     * The characters of text in a variable value (strings, and the strings inside lists and input objects), counted up
     * to just past {@link #CACHED_VARIABLE_CHARACTERS}; numbers, booleans and nulls count nothing.
     */
    public static int variableCharacters(Object value) {
        if (value instanceof String text) {
            return text.length();
        }
        int total = 0;
        Iterable<?> items = value instanceof Map<?, ?> map ? map.values() : value instanceof List<?> list ? list : List.of();
        for (Object item : items) {
            total += variableCharacters(item);
            if (total > CACHED_VARIABLE_CHARACTERS) {
                break;
            }
        }
        return total;
    }

    /** Whether an entry whose variables hold this much text may be kept. */
    public static boolean keepable(int variableCharacters) {
        return variableCharacters <= CACHED_VARIABLE_CHARACTERS;
    }
}
