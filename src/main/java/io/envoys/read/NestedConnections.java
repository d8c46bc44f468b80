package io.envoys.read;

import java.util.Map;

/**
 * A view whose connection fields (an envoy's meetings, a country's envoys) were read with it, one page for each set
 * of argument values the query gave the field ({@link Selection#calls}). The engine's field resolvers and the lean
 * writer both take the pages from here, so nothing is read while a response is written.
 */
public interface NestedConnections {

    /**
     * The connection read for {@code field} with these argument values (coerced by GraphQL, defaults applied).
     *
     * @throws IllegalStateException when the query's selection did not ask for it, which is a bug
     */
    Object connection(String field, Map<String, Object> arguments);
}
