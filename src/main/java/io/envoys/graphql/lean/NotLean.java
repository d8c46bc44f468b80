package io.envoys.graphql.lean;

/** A query {@link LeanQueries} leaves to the full GraphQL engine, which answers it, errors included. */
final class NotLean extends RuntimeException {

    NotLean(String reason) {
        super(reason, null, false, false);
    }
}
