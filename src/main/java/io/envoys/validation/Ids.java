package io.envoys.validation;

import io.envoys.error.ApiException;

/** Parses the string form of the GraphQL {@code ID} scalar into database ids. */
public final class Ids {

    private Ids() {
    }

    /**
     * The id as a number: 1 to 18 ASCII digits, nothing around them (ids are sequence numbers, far below 10^18); else
     * a {@code BAD_USER_INPUT} error naming the argument.
     */
    public static long parse(String argument, String raw) {
        if (raw != null && !raw.isEmpty() && raw.length() <= 18
                && raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Long.parseLong(raw);
        }
        throw ApiException.badInput(argument + " must be a whole number of up to 18 digits, as returned in the id"
                + " field; got '" + Text.preview(raw) + "'");
    }
}
