package io.envoys.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.envoys.error.ApiException;

/**
 * The calendar dates the API holds: ISO 8601's proleptic Gregorian calendar, years 1 to 9999. The {@code Date} scalar
 * refuses the rest, and a cursor that carries another date is malformed.
 */
public final class Dates {

    private static final int FIRST_YEAR = 1;
    private static final int LAST_YEAR = 9999;

    private Dates() {
    }

    /**
     * Refuses a date filter whose lower bound lies after its upper bound, which nothing could match.
     *
     * @param fromField the lower bound's name as the client wrote it ({@code filter.from}, or with its field's path)
     * @param nothing what cannot match, for the message ("nothing", "no meeting")
     * @throws ApiException BAD_USER_INPUT when both bounds are given and {@code from} is after {@code to}
     */
    public static void requireOrdered(String fromField, LocalDate from, LocalDate to, String nothing) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badInput(fromField + " (" + from + ") is after filter.to (" + to + "): " + nothing
                    + " can match; both bounds are inclusive");
        }
    }

    /**
     * A date written as ISO 8601's YYYY-MM-DD outside GraphQL (a form field of the editors' desk), held to the same
     * years as the {@code Date} scalar.
     *
     * @param field what the person filling in the form calls it ("the publication date")
     * @throws ApiException BAD_USER_INPUT for another format, a day that does not exist or a year outside 1..9999
     */
    public static LocalDate parse(String field, String raw) {
        try {
            LocalDate date = LocalDate.parse(raw.strip());
            if (held(date)) {
                return date;
            }
        } catch (DateTimeParseException notADate) {
            // answered below, as a year out of range is
        }
        throw ApiException.badInput(field + " must be a day written YYYY-MM-DD, years 1 to 9999; '" + Text.preview(raw)
                + "' is not one");
    }

    /** Whether the API holds {@code date}. */
    public static boolean held(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }
}
