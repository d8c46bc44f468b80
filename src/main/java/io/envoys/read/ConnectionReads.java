package io.envoys.read;

import java.util.Map;

/**
 * What the read room refuses in a connection field's page arguments, offered to the gate so that it refuses them
 * before anything runs, at the field that carries them, wherever the field stands in the query.
 */
public final class ConnectionReads {

    private ConnectionReads() {
    }

    /**
     * Checks {@code first}, {@code after}, {@code last} and {@code before} as a page request ({@link PageRequest#of}).
     *
     * @param field how the message names the field (its path in the answer, say)
     * @param arguments the field's argument values, coerced
     * @throws io.envoys.error.ApiException BAD_USER_INPUT for a size outside 1 to 100, both sizes, or a cursor of the
     *     other direction
     */
    public static void checkPage(String field, Map<String, Object> arguments) {
        NestedArguments.page(arguments, field);
    }
}
