package io.envoys.read;

import java.util.HashMap;
import java.util.Map;

/** The connections read for one view, by field and argument values; see {@link NestedConnections}. */
final class Connections {

    private final Map<String, Map<Map<String, Object>, Object>> byField = new HashMap<>();

    void put(String field, Map<String, Object> arguments, Object connection) {
        byField.computeIfAbsent(field, ignored -> new HashMap<>()).put(arguments, connection);
    }

    Object get(String field, Map<String, Object> arguments) {
        Object connection = byField.getOrDefault(field, Map.of()).get(arguments);
        if (connection == null) {
            throw new IllegalStateException(field + " was not read for the arguments " + arguments);
        }
        return connection;
    }
}
