package io.envoys.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Holds a read to its request's {@link Deadline}, where JDBC and the pool count their own time: a running statement
 * is cancelled ({@link Statement#cancel()}) at the exact moment the deadline passes, where a JDBC query timeout counts
 * only whole seconds (the database then fails it with SQLSTATE 57014, query cancelled, on H2 and PostgreSQL alike,
 * which {@link DatabaseFailures} answers as TIMEOUT); and a wait for a pooled connection ends at the deadline, where
 * the pool's acquisition timeout counts from the call. One daemon thread holds the pending cancellations and
 * interruptions; two more send the cancels.
 */
@ApplicationScoped
public class DeadlineCanceller {

    private static final Logger LOG = Logger.getLogger(DeadlineCanceller.class);

    private final ScheduledThreadPoolExecutor timer = timer();
    /** Runs the cancels, which open a connection to the database and may block, away from the timer. */
    private final ExecutorService cancels = Executors.newFixedThreadPool(2, daemon("envoys-statement-cancel"));

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemon("envoys-statement-deadline"));
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Cancels {@code statement} when the current request's deadline passes, unless the returned disarm is run first
     * (run it as soon as the statement's rows are read). Outside a request, nothing is scheduled.
     */
    public Runnable cancelAtDeadline(Statement statement) {
        long left = Deadline.nanosLeft();
        if (left == Long.MAX_VALUE) {
            return () -> { };
        }
        ScheduledFuture<?> cancellation = timer.schedule(() -> cancels.execute(() -> cancel(statement)), left,
                TimeUnit.NANOSECONDS);
        return () -> cancellation.cancel(false);
    }

    /**
     * A connection from {@code pool}, waited for in the pool's queue no longer than the current request has left.
     * Agroal's wait lasts up to its acquisition timeout whatever the request's deadline (forever when that is zero),
     * so when less than {@code acquisitionTimeout} is left, or it is zero, the waiting thread is interrupted at the
     * deadline (Agroal gives up a wait when interrupted) and that interrupt is cleared before this returns or throws,
     * whatever came first. A connection the pool checks while handing it over (idle validation, blocking on its
     * socket) is not cut short. Outside a request (no deadline) the pool's own timeout alone applies.
     *
     * @throws io.envoys.error.ApiException TIMEOUT when the deadline passes before a connection comes free
     * @throws SQLException as {@link DataSource#getConnection()} (the pool's own acquisition timeout, an outage)
     */
    public Connection borrow(DataSource pool, Duration acquisitionTimeout) throws SQLException {
        long left = Deadline.nanosLeft();
        boolean poolWaitsLess = acquisitionTimeout.toNanos() > 0 && left >= acquisitionTimeout.toNanos();
        if (poolWaitsLess || left == Long.MAX_VALUE) {
            return pool.getConnection();
        }
        if (left == 0) {
            throw Deadline.passed();
        }
        Interruption interruption = new Interruption(Thread.currentThread());
        ScheduledFuture<?> scheduled = timer.schedule(interruption, left, TimeUnit.NANOSECONDS);
        Connection connection = null;
        SQLException failure = null;
        boolean interrupted;
        try {
            connection = pool.getConnection();
        } catch (SQLException failed) {
            failure = failed;
        } finally {
            scheduled.cancel(false);
            interrupted = interruption.disarm();
        }
        if (interrupted && connection == null) {
            throw Deadline.passed();
        }
        if (failure != null) {
            throw failure;
        }
        return connection;
    }

    private static void cancel(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException alreadyDone) {
            LOG.debugf(alreadyDone, "A statement past its request's deadline could not be cancelled");
        }
    }

    /** Interrupts a thread once, unless disarmed first; disarming after it fired clears the interrupt. */
    private static final class Interruption implements Runnable {

        private static final int ARMED = 0;
        private static final int FIRING = 1;
        private static final int DONE = 2;

        private final Thread waiting;
        private final AtomicInteger state = new AtomicInteger(ARMED);

        Interruption(Thread waiting) {
            this.waiting = waiting;
        }

        @Override
        public void run() {
            if (state.compareAndSet(ARMED, FIRING)) {
                waiting.interrupt();
                state.set(DONE);
            }
        }

        /** Whether the interrupt was delivered (now cleared); from now on it never is. Run by the waiting thread. */
        boolean disarm() {
            if (state.compareAndSet(ARMED, DONE)) {
                return false;
            }
            while (state.get() == FIRING) {
                Thread.onSpinWait();
            }
            Thread.interrupted();
            return true;
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
        cancels.shutdownNow();
    }
}
