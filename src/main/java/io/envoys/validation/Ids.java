package io.envoys.validation;

import io.envoys.error.ApiException;

/** Parses the string form of the GraphQL {@code ID} scalar into database ids. */
public final class Ids {

    private Ids() {
    }

    /** The id as a number, or a {@code BAD_USER_INPUT} error naming the argument. */
    public static long parse(String argument, String raw) {
        if (raw != null) {
            String text = raw.trim();
            if (!text.isEmpty() && text.length() <= 18 && text.chars().allMatch(Character::isDigit)) {
                return Long.parseLong(text);
            }
        }
        throw ApiException.badInput(argument + " must be a positive whole number, as returned in the id field; got '"
                + Text.preview(raw) + "'");
    }
}
