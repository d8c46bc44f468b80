package io.envoys.ingestion;

/**
 * The words a proposed value came from.
 *
 * @param field what the words support ("date", "city", "venue", "hostCountry", "name", "title", "country", "cue")
 * @param start offset of the first character in the article text
 * @param end   offset after the last character
 * @param text  exactly {@code articleText.substring(start, end)}
 */
public record Evidence(String field, int start, int end, String text) {

    /** Evidence for {@code field} from {@code articleText[start, end)}. */
    static Evidence of(String field, String articleText, int start, int end) {
        return new Evidence(field, start, end, articleText.substring(start, end));
    }
}
