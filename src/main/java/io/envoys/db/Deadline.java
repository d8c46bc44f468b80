package io.envoys.db;

import java.time.Duration;

import io.envoys.error.ApiException;
import io.envoys.error.ErrorCode;
import io.smallrye.common.vertx.ContextLocals;

/**
 * The moment by which the current request must be answered, kept in the request's Vert.x context, so that every
 * read statement the request runs ({@link Sql}), on whichever worker thread, gets only the time left: it is cancelled
 * when the deadline passes ({@link DeadlineCanceller}, to the millisecond; the JDBC query timeout of whole seconds
 * rounded up stays as a backstop), none starts after it, and none waits for a pooled connection past it. A mutation's
 * own writes (Hibernate) keep their statement and transaction timeouts. Outside an HTTP request (a test calling a
 * loader) there is no deadline.
 */
public final class Deadline {

    private static final String KEY = "envoys.db.deadline";

    private Deadline() {
    }

    /** Gives the current request {@code timeout} from now. */
    public static void start(Duration timeout) {
        try {
            ContextLocals.put(KEY, System.nanoTime() + timeout.toNanos());
        } catch (UnsupportedOperationException notInARequest) {
            // no request context: nothing to bound
        }
    }

    /**
     * Nanoseconds the current request has left (0 once its deadline has passed), or {@link Long#MAX_VALUE} outside a
     * request or before {@link #start(Duration)}.
     */
    public static long nanosLeft() {
        Long end = current();
        return end == null ? Long.MAX_VALUE : Math.max(0, end - System.nanoTime());
    }

    /**
     * How long the next statement may run, in whole seconds rounded up: at most {@code maxSeconds} (0: no limit of
     * its own), at least 1, within the time the request has left.
     *
     * @throws ApiException TIMEOUT when the request's deadline has passed
     */
    static int statementSeconds(int maxSeconds) {
        Long end = current();
        if (end == null) {
            return maxSeconds;
        }
        long left = end - System.nanoTime();
        if (left <= 0) {
            throw passed();
        }
        long seconds = (left + 999_999_999L) / 1_000_000_000L;
        return (int) (maxSeconds > 0 ? Math.min(maxSeconds, seconds) : Math.min(Integer.MAX_VALUE, seconds));
    }

    /** The TIMEOUT answered when the current request's deadline has passed before its next step. */
    static ApiException passed() {
        return new ApiException(ErrorCode.TIMEOUT, "The request ran out of time and was stopped; nothing was"
                + " changed. Ask for less (a smaller page, fewer nested lists)");
    }

    private static Long current() {
        try {
            return ContextLocals.<Long>get(KEY).orElse(null);
        } catch (UnsupportedOperationException notInARequest) {
            return null;
        }
    }
}
