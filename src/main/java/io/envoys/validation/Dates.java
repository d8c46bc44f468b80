package io.envoys.validation;

import java.time.LocalDate;

/**
 * The calendar dates the API holds: ISO 8601's proleptic Gregorian calendar, years 1 to 9999. The {@code Date} scalar
 * refuses the rest, and a cursor that carries another date is malformed.
 */
public final class Dates {

    private static final int FIRST_YEAR = 1;
    private static final int LAST_YEAR = 9999;

    private Dates() {
    }

    /** Whether the API holds {@code date}. */
    public static boolean held(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }
}
