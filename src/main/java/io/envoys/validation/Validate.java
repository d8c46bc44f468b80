package io.envoys.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import io.envoys.error.ApiException;

/**
 * Checks user-supplied text: trimmed, valid Unicode, free of control characters (line breaks are allowed only in
 * multi-line text), and within its length in characters (code points, {@link #characters}). Every refusal is a
 * BAD_USER_INPUT error naming the field and the rule.
 */
public final class Validate {

    private Validate() {
    }

    /** A required single-line value such as a name: 1 to {@code max} characters after trimming. */
    public static String line(String field, String raw, int max) {
        return check(field, require(field, raw, max), max, false);
    }

    /** An optional single-line value: null stays null, anything given must be 1 to {@code max} characters. */
    public static String optionalLine(String field, String raw, int max) {
        return raw == null ? null : line(field, raw, max);
    }

    /**
     * An optional web address: null stays null; anything given must be an absolute {@code http} or {@code https} URI
     * with a host (RFC 3986 section 4.3), 1 to {@code max} characters, so that a page linking to it can never run a
     * script ({@code javascript:}) or open something else ({@code data:}, {@code file:}).
     *
     * @throws ApiException BAD_USER_INPUT for anything else
     */
    public static String optionalWebAddress(String field, String raw, int max) {
        String value = optionalLine(field, raw, max);
        if (value == null) {
            return null;
        }
        try {
            URI address = new URI(value);
            String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && address.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException malformed) {
            // answered below
        }
        throw ApiException.badInput(field + " must be a web address starting with http:// or https://, such as"
                + " https://news.example/2016/12/13/envoys; it is '" + Text.preview(value) + "'");
    }

    /** A required value that may span lines, such as a quote. */
    public static String block(String field, String raw, int max) {
        return check(field, require(field, raw, max), max, true);
    }

    /** An optional value that may span lines, such as a summary. */
    public static String optionalBlock(String field, String raw, int max) {
        return raw == null ? null : block(field, raw, max);
    }

    private static String require(String field, String raw, int max) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw ApiException.badInput(field + " must be 1 to " + max + " characters after trimming; it is empty");
        }
        return value;
    }

    private static String check(String field, String value, int max, boolean multiLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                throw ApiException.badInput(field + " must not contain control characters"
                        + (multiLine ? " other than line breaks and tabs" : " such as line breaks or tabs"));
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ApiException.badInput(field + " is not valid Unicode text (it has a lone surrogate)");
            }
        }
        int characters = characters(value);
        if (characters > max) {
            throw ApiException.badInput(field + " must be 1 to " + max + " characters after trimming; it has "
                    + characters);
        }
        return value;
    }

    /**
     * The length of valid Unicode text in characters as a reader counts them and as PostgreSQL's {@code varchar(n)}
     * does: code points, so an emoji is one character, not the two UTF-16 units of a Java string.
     */
    public static int characters(String text) {
        return text.codePointCount(0, text.length());
    }
}
