package io.envoys.shared;

import java.util.Map;

/**
 * Implemented by the GraphQL API classes: their Query fields by name, for {@link LeanQueries}. Each entry calls the
 * same service method as the API class's {@code @Query} method, with the arguments GraphQL already coerced.
 */
public interface RootFields {

    Map<String, RootField> rootFields();
}
