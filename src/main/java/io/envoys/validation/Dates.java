package io.envoys.validation;

import java.time.LocalDate;

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

    /** Whether the API holds {@code date}. */
    public static boolean held(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }
}
