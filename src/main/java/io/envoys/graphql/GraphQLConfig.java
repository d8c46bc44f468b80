package io.envoys.graphql;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The settings of the GraphQL room, under {@code envoys.graphql}. The three query limits are set here only, in
 * application.properties, and the engine's own settings ({@code quarkus.smallrye-graphql.instrumentation-query-depth},
 * {@code -complexity}, {@code parser-max-tokens}) are expressions of them, so the gate, the lean executor and the
 * engine refuse the same queries.
 */
@ConfigMapping(prefix = "envoys.graphql")
public interface GraphQLConfig {

    /** Whether queries are answered by the lean executor; false sends every request through the GraphQL engine. */
    @WithDefault("true")
    boolean leanQueries();

    /**
     * Largest request body in bytes; a larger one is answered 413 with PAYLOAD_TOO_LARGE. Still read from its
     * earlier name, {@code envoys.http.max-body-bytes}, when only that is set.
     */
    @WithDefault("${envoys.http.max-body-bytes:1048576}")
    int maxBodyBytes();

    /**
     * Longest request URL in characters, query string included; a longer one is answered 414 with URI_TOO_LONG and
     * the advice to POST. The HTTP server's own limit ({@code quarkus.http.limits.max-initial-line-length}) is set
     * far above it, so that the gate gets to say so.
     */
    @WithDefault("8192")
    int maxUrlLength();

    /**
     * Longest a request may take: its statements are cancelled when this passes and the client gets TIMEOUT (a
     * single statement has {@code envoys.db.query-timeout-seconds} at most).
     */
    @WithDefault("10S")
    Duration requestTimeout();

    /**
     * How much the validated documents the gate keeps, by query text, may weigh: characters of query text and 10 per
     * field (io.envoys.graphql.CacheWeights#document; Caffeine evicts by frequency and recency). A parsed document
     * takes about 20 bytes of heap per unit of weight (0.9 MB for a 48 KB query; 190 bytes for a field written in
     * three characters), so the default, 2,000,000, holds about 40 MB whatever the queries.
     */
    @WithDefault("2000000")
    long documentCacheCharacters();

    /**
     * How much the lean executor's plans (one per request shape) and the cost estimates (one per request) may weigh,
     * each, in the weight of the document they keep alive (as for {@link #documentCacheCharacters()}), characters of
     * variable text, and, for a plan, 50 per field of its
     * normalised operation (about 1 KB of heap each); Caffeine evicts by frequency and recency. Like
     * {@link #documentCacheCharacters()}, the default, 2,000,000, is about 40 MB of heap per cache whatever the
     * requests.
     */
    @WithDefault("2000000")
    long planCacheCharacters();

    /**
     * Most objects a query's answer may hold, estimated before it runs from its page sizes and list bounds
     * (QUERY_TOO_COSTLY beyond; io.envoys.graphql.cost.QueryCost). The README says why 50,000.
     */
    @WithDefault("50000")
    long maxCost();

    /**
     * Most field values a query's answer may hold, estimated before it runs: each selected field, {@code __typename}
     * and aliases included, once per object it is selected on (QUERY_TOO_COSTLY beyond). The object budget alone
     * let 45,000 objects carry 480 aliased fields each, 21.6 million values, which the engine builds in memory.
     */
    @WithDefault("500000")
    long maxValues();

    /**
     * Most estimated field values the GraphQL engine may be assembling at once, over all requests
     * (io.envoys.graphql.http.EngineAdmission): the engine holds a whole answer in memory. A query of 10,000 values
     * or more waits, within its deadline, until its share is free (TIMEOUT otherwise); smaller ones never wait. The
     * default, 1,000,000, is two full-budget queries at once; eight at once ran a 384 MB heap out of memory.
     */
    @WithDefault("1000000")
    int engineValuesInFlight();

    /**
     * Largest answer in bytes (RESPONSE_TOO_LARGE beyond), the lean executor's as it writes and the engine's as it
     * gathers (io.envoys.graphql.AnswerVolume): a last guard behind the budget, which counts objects, not text.
     */
    @WithDefault("8388608")
    int maxResponseBytes();

    /** Deepest nesting of a query (QUERY_TOO_DEEP beyond). */
    int maxDepth();

    /** Most fields in a query, aliases included (QUERY_TOO_COMPLEX beyond). */
    int maxFields();

    /** Most tokens in a query document (QUERY_TOO_COMPLEX beyond). */
    int maxTokens();
}
