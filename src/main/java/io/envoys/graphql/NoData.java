package io.envoys.graphql;

import io.smallrye.common.vertx.ContextLocals;

/**
 * Whether the GraphQL engine's answer to the current HTTP request has no data: clients of
 * {@code application/graphql-response+json} then get status 400 (GraphQL over HTTP, section 6.4.2). Kept in the
 * request's Vert.x context, which the engine's execution and the HTTP gate share.
 */
public final class NoData {

    private static final String KEY = "envoys.graphql.no-data";

    private NoData() {
    }

    /** Called after execution when the result has no data; outside an HTTP request (tests calling the engine) a no-op. */
    public static void mark() {
        try {
            ContextLocals.put(KEY, Boolean.TRUE);
        } catch (UnsupportedOperationException notInARequest) {
            // executed outside an HTTP request
        }
    }

    /** Whether {@link #mark} was called for the current request. */
    public static boolean marked() {
        return Boolean.TRUE.equals(ContextLocals.get(KEY, Boolean.FALSE));
    }
}
