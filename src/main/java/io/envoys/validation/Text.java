package io.envoys.validation;

import io.envoys.error.ApiException;

/** Small helpers for user-supplied text. */
public final class Text {

    private static final int PREVIEW = 40;
    private static final int FILTER_MAX = 200;

    private Text() {
    }

    /** {@code value} if it has at most {@code max} characters (code points), else its first {@code max}. */
    public static String cut(String value, int max) {
        return value.codePointCount(0, value.length()) <= max ? value
                : value.substring(0, value.offsetByCodePoints(0, max));
    }

    /** {@code value} with each run of ASCII white space made one space and white space at its ends removed. */
    public static String spaced(String value) {
        return value.replaceAll("\\s+", " ").strip();
    }

    /** A short, single-line echo of user input for error messages. */
    public static String preview(String raw) {
        if (raw == null) {
            return "null";
        }
        String oneLine = raw.replaceAll("\\p{Cntrl}", " ").replaceAll("\\p{Cs}", "\uFFFD");
        String cut = cut(oneLine, PREVIEW);
        return cut.length() == oneLine.length() ? oneLine : cut + "…";
    }

    /**
     * A {@code %text%} pattern for LIKE with {@code escape '\'}. For a case-insensitive match the statement lower-cases
     * it as it does the column ({@code lower(c) like lower(?)}): Java and the database lower-case some letters apart.
     */
    public static String containsPattern(String text) {
        String escaped = text
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /**
     * A text filter value: trimmed, not blank, at most 200 characters, one line of valid Unicode (what a stored value
     * can be); otherwise BAD_USER_INPUT naming the field.
     */
    public static String filterValue(String field, String raw) {
        String value = trimToNull(raw);
        if (value == null || Validate.characters(value) > FILTER_MAX) {
            throw ApiException.badInput(field + " must be between 1 and " + FILTER_MAX
                    + " characters after trimming; leave it out to match everything");
        }
        return Validate.line(field, value, FILTER_MAX);
    }

    /** Trimmed text, or null when the text is null or blank. */
    private static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
