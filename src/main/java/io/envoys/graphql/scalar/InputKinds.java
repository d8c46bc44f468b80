package io.envoys.graphql.scalar;

import java.util.List;
import java.util.Map;

import io.envoys.validation.Text;

/** How an input value that a scalar refuses is named back to the client, in JSON's words, never Java's. */
public final class InputKinds {

    private InputKinds() {
    }

    /** {@code the string "5"}, {@code true}, {@code the number 2.9}, {@code an object}, {@code a list}. */
    public static String describe(Object value) {
        if (value instanceof String text) {
            return "the string \"" + Text.preview(text) + "\"";
        }
        if (value instanceof Boolean || value instanceof Number) {
            return (value instanceof Number ? "the number " : "") + value;
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        return "a value of another type";
    }
}
