package io.envoys.read;

import java.util.Map;

/** A view that keeps the connections read for it in {@link Connections}. */
interface HasConnections extends NestedConnections {

    Connections connections();

    @Override
    default Object connection(String field, Map<String, Object> arguments) {
        return connections().get(field, arguments);
    }
}
