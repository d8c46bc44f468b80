package io.envoys.db;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Cancels a running read statement ({@link Statement#cancel()}) at the exact moment its request's {@link Deadline}
 * passes, where a JDBC query timeout counts only whole seconds. The database then fails the statement with SQLSTATE
 * 57014 (query cancelled) on H2 and PostgreSQL alike, which {@link DatabaseFailures} answers as TIMEOUT. One daemon
 * thread holds the pending cancellations.
 */
@ApplicationScoped
public class DeadlineCanceller {

    private static final Logger LOG = Logger.getLogger(DeadlineCanceller.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "envoys-statement-deadline");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Cancels {@code statement} when the current request's deadline passes, unless the returned disarm is run first
     * (run it as soon as the statement's rows are read). Outside a request, nothing is scheduled.
     */
    public Runnable cancelAtDeadline(Statement statement) {
        long left = Deadline.nanosLeft();
        if (left == Long.MAX_VALUE) {
            return () -> { };
        }
        ScheduledFuture<?> cancellation = timer.schedule(() -> cancel(statement), left, TimeUnit.NANOSECONDS);
        return () -> cancellation.cancel(false);
    }

    private static void cancel(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException alreadyDone) {
            LOG.debugf(alreadyDone, "A statement past its request's deadline could not be cancelled");
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
