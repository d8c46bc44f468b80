package io.envoys.graphql.lean;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.normalized.ExecutableNormalizedOperation;

/**
 * What one request shape needs, worked out once: the normalised operation (fragments merged, {@code @skip} and
 * {@code @include} applied), a call and a writer per root field in response order, and the size of the last
 * response, which sizes the next one's buffer. A shape the lean executor cannot answer keeps the reason instead.
 */
record Plan(ExecutableNormalizedOperation operation, List<RootCall> calls, List<ResultWriter> writers,
        AtomicInteger responseSize, NotLean notLean) {

    static Plan of(ExecutableNormalizedOperation operation, List<RootCall> calls, List<ResultWriter> writers) {
        return new Plan(operation, calls, writers, new AtomicInteger(1_024), null);
    }

    /** A shape to hand to the engine every time, for this reason. */
    static Plan handOver(NotLean reason) {
        return new Plan(null, List.of(), List.of(), null, reason);
    }
}
