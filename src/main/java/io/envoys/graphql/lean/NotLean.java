package io.envoys.graphql.lean;

/**
 * A query {@link LeanQueries} leaves to the full GraphQL engine, which answers it, errors included; {@link #cause()}
 * labels the hand-over in the metric {@code envoys_graphql_lean_total}.
 */
final class NotLean extends RuntimeException {

    /** A Query field the lean path does not serve: introspection, or a method whose annotations keep it out. */
    static final String ENGINE_ONLY_FIELD = "engine-only-field";
    /** An argument value that does not convert to its parameter's type, which the engine reports as bad input. */
    static final String UNCONVERTIBLE_ARGUMENT = "unconvertible-argument";
    /** A value the writer cannot write exactly as the engine would (a null in a non-null field, say). */
    static final String UNWRITABLE_VALUE = "unwritable-value";

    private final String cause;

    NotLean(String cause, String reason) {
        super(reason, null, false, false);
        this.cause = cause;
    }

    /** Why the engine answers, as a metric label. */
    String cause() {
        return cause;
    }
}
