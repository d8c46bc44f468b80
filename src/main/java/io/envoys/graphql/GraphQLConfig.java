package io.envoys.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The settings of the GraphQL room, under {@code envoys.graphql}. The limits that the GraphQL engine enforces are its
 * own settings ({@code quarkus.smallrye-graphql.*}); they are read here through expressions so that the gate and the
 * lean executor apply the same numbers.
 */
@ConfigMapping(prefix = "envoys.graphql")
public interface GraphQLConfig {

    /** Whether queries are answered by the lean executor; false sends every request through the GraphQL engine. */
    @WithDefault("true")
    boolean leanQueries();

    /** Largest request body in bytes; a larger one is answered 413 with PAYLOAD_TOO_LARGE. */
    @WithDefault("1048576")
    int maxBodyBytes();

    /** How many validated documents the gate keeps, by query text (least recently used go first). */
    @WithDefault("1000")
    int documentCacheSize();

    /** How many plans (one per request shape) the lean executor keeps (least recently used go first). */
    @WithDefault("1000")
    int planCacheSize();

    /** Deepest nesting of a query: the engine's limit. */
    @WithDefault("${quarkus.smallrye-graphql.instrumentation-query-depth}")
    int maxDepth();

    /** Most fields in a query, aliases included: the engine's limit. */
    @WithDefault("${quarkus.smallrye-graphql.instrumentation-query-complexity}")
    int maxFields();

    /** Most tokens in a query document: the parser's limit. */
    @WithDefault("${quarkus.smallrye-graphql.parser-max-tokens}")
    int maxTokens();
}
