package io.envoys.validation;

import java.util.regex.Pattern;

import io.envoys.error.ApiException;

/** ISO 3166-1 alpha-2 style country codes: two upper-case ASCII letters. */
public final class CountryCodes {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2}");

    private CountryCodes() {
    }

    /** The code trimmed, or a {@code BAD_USER_INPUT} error naming the field. */
    public static String require(String field, String raw) {
        String code = raw == null ? "" : raw.strip();
        if (!CODE.matcher(code).matches()) {
            throw ApiException.badInput(field + " must be two upper-case letters (ISO 3166-1 alpha-2, e.g. KR); got '"
                    + Text.preview(raw) + "'");
        }
        return code;
    }
}
