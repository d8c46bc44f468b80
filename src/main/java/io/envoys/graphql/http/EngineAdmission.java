package io.envoys.graphql.http;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.envoys.graphql.GraphQLConfig;
import io.envoys.graphql.cost.Estimate;

/**
 * Bounds how many field values the GraphQL engine assembles at once, across requests. The engine builds a whole
 * answer in memory (maps and lists) before writing it, so eight queries of 465,000 estimated values each, each within
 * the per-query budget, ran a 384 MB heap out of memory. A query estimated at {@value #SMALL} values or more takes
 * that many permits (at most all of them) from a pool of {@code envoys.graphql.engine-values-in-flight} before the
 * engine starts, as a {@link Hold}, and gives them back when its answer has been sent; it waits for them no longer
 * than its request has left, and only {@value #MAX_WAITING} queries wait at once (each holds a worker thread, which
 * the lean path needs too): one more is turned away at once. Smaller queries never wait. The pool is not fair: a
 * query that needs few permits may pass one that needs many. A hold not given back within the request timeout and a minute (its client went away
 * before the answer was written) is taken back by the next query that waits, so no lost answer shrinks the pool.
 */
@ApplicationScoped
public class EngineAdmission {

    /** Estimated values below which a query goes to the engine without taking permits. */
    static final long SMALL = 10_000;
    /** The most queries that wait for permits at once; a flood of large queries parks no more worker threads. */
    static final int MAX_WAITING = 8;

    private static final Logger LOG = Logger.getLogger(EngineAdmission.class);
    private static final Duration GRACE = Duration.ofMinutes(1);

    private final Semaphore permits;
    private final int capacity;
    private final long holdNanos;
    private final Set<Hold> holds = ConcurrentHashMap.newKeySet();
    private final AtomicInteger waiting = new AtomicInteger();

    @Inject
    EngineAdmission(GraphQLConfig config) {
        this(config.engineValuesInFlight(), config.requestTimeout().plus(GRACE));
    }

    /**
     * @param capacity the pool, in field values
     * @param longestHold how long a hold may stay out before a waiting query takes it back
     */
    EngineAdmission(int capacity, Duration longestHold) {
        this.capacity = capacity;
        this.permits = new Semaphore(capacity);
        this.holdNanos = longestHold.toNanos();
    }

    /**
     * How many permits a query with this estimate takes: its estimated values (or objects, for introspection, where
     * they are what grows), 0 below {@value #SMALL} or without an estimate, at most the whole pool.
     */
    int weight(Estimate estimate) {
        if (estimate == null) {
            return 0;
        }
        long values = Math.max(estimate.values(), estimate.objects());
        return values < SMALL ? 0 : (int) Math.min(values, capacity);
    }

    /**
     * Takes {@code weight} permits, blocking the calling worker thread up to {@code waitNanos} (not at all when
     * {@value #MAX_WAITING} others are waiting); first takes back the holds that stayed out too long.
     *
     * @return the hold, to give to {@link #leave(Hold)}; null when the permits did not come free in time
     * @throws InterruptedException when the waiting thread is interrupted
     */
    Hold enter(int weight, long waitNanos) throws InterruptedException {
        reclaimExpired();
        if (!permits.tryAcquire(weight) && !waitFor(weight, waitNanos)) {
            return null;
        }
        Hold hold = new Hold(weight, System.nanoTime() + holdNanos);
        holds.add(hold);
        return hold;
    }

    /** Waits for the permits, unless {@value #MAX_WAITING} queries are waiting already; whether they were taken. */
    private boolean waitFor(int weight, long waitNanos) throws InterruptedException {
        try {
            return waiting.incrementAndGet() <= MAX_WAITING
                    && permits.tryAcquire(weight, Math.max(0, waitNanos), TimeUnit.NANOSECONDS);
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** Gives back the permits of a hold; a second call for the same hold does nothing. */
    void leave(Hold hold) {
        if (hold.open.compareAndSet(true, false)) {
            holds.remove(hold);
            permits.release(hold.weight);
        }
    }

    /** Permits free now. */
    int available() {
        return permits.availablePermits();
    }

    private void reclaimExpired() {
        long now = System.nanoTime();
        for (Hold hold : holds) {
            if (now - hold.expiresAt > 0) {
                LOG.warnf("Took back %d engine permits whose answer was never sent", hold.weight);
                leave(hold);
            }
        }
    }

    /** Permits one query holds, given back once. */
    static final class Hold {

        private final int weight;
        private final long expiresAt;
        private final AtomicBoolean open = new AtomicBoolean(true);

        private Hold(int weight, long expiresAt) {
            this.weight = weight;
            this.expiresAt = expiresAt;
        }
    }
}
