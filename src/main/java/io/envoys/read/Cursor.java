package io.envoys.read;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import io.envoys.error.ApiException;
import io.envoys.validation.Dates;

/**
 * Opaque keyset cursor: the sort key of a row, tagged with the list it belongs to, in URL-safe Base64.
 * A cursor of one list is refused by another.
 */
final class Cursor {

    /** Long.parseLong takes any Unicode digits ("１０"); cursors hold only the ASCII ones this API writes. */
    private static final Pattern ASCII_NUMBER = Pattern.compile("-?[0-9]{1,19}");

    private static final String SEPARATOR = "\u001f";

    private final String list;
    private final String argument;
    private final List<String> parts;

    private Cursor(String list, String argument, List<String> parts) {
        this.list = list;
        this.argument = argument;
        this.parts = parts;
    }

    public static String encode(String list, Object... key) {
        StringBuilder text = new StringBuilder(list);
        for (Object part : key) {
            text.append(SEPARATOR).append(part);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a cursor of the given list with the given number of key parts, or refuses it as BAD_USER_INPUT naming
     * {@code argument} ({@code after} or {@code before}).
     */
    public static Cursor decode(String list, int keyParts, String raw, String argument) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(raw.strip()), StandardCharsets.UTF_8);
            List<String> parts = List.of(text.split(SEPARATOR, -1));
            boolean storable = parts.stream().allMatch(part -> part.chars().noneMatch(Character::isISOControl));
            if (storable && parts.size() == keyParts + 1 && parts.get(0).equals(list)) {
                return new Cursor(list, argument, parts.subList(1, parts.size()));
            }
        } catch (IllegalArgumentException malformed) {
            // refused below
        }
        throw malformed(list, argument);
    }

    public String part(int index) {
        return parts.get(index);
    }

    /** A part that is a number written in ASCII digits, as this API writes them; anything else is malformed. */
    public long longPart(int index) {
        String part = parts.get(index);
        if (!ASCII_NUMBER.matcher(part).matches()) {
            throw malformed();
        }
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw malformed();
        }
    }

    /** A part that is a 32-bit number (a quote's position); anything else is a malformed cursor. */
    public int intPart(int index) {
        long value = longPart(index);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw malformed();
        }
        return (int) value;
    }

    /** A part that is a date the API can hold (years 1 to 9999, as the Date scalar); else a malformed cursor. */
    public LocalDate datePart(int index) {
        try {
            LocalDate date = LocalDate.parse(parts.get(index));
            if (!Dates.held(date)) {
                throw malformed();
            }
            return date;
        } catch (DateTimeException e) {
            throw malformed();
        }
    }

    private ApiException malformed() {
        return malformed(list, argument);
    }

    private static ApiException malformed(String list, String argument) {
        return ApiException.badInput(argument + " is not a valid cursor for " + list + ": pass a cursor returned by "
                + list + " (pageInfo.startCursor, pageInfo.endCursor or edges.cursor)");
    }
}
