package io.envoys.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.envoys.error.ApiException;
import io.envoys.error.ErrorCode;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * A request's statements run within its deadline: one that starts after the deadline is refused with TIMEOUT, one
 * running when it passes is cancelled then, and each has as a backstop a query timeout of the whole seconds left
 * (never more than the statement limit, never less than one); a wait for a pooled connection ends at the deadline.
 */
@QuarkusTest
class DeadlineTest {

    @Inject
    Sql sql;

    @Inject
    Vertx vertx;

    @Inject
    DataSource dataSource;

    @Inject
    DeadlineCanceller canceller;

    @Test
    void aStatementAfterTheDeadlineIsATimeoutAndOneBeforeItRuns() throws Exception {
        Object late = inRequest(Duration.ZERO, () -> sql.rows("select count(*) from country", List.of()));
        ApiException refused = assertInstanceOf(ApiException.class, late);
        assertEquals(ErrorCode.TIMEOUT, refused.code());
        Object inTime = inRequest(Duration.ofSeconds(10), () -> sql.rows("select count(*) from country", List.of()));
        assertInstanceOf(List.class, inTime);
    }

    @Test
    void eachStatementGetsTheWholeSecondsLeftWithinItsLimit() throws Exception {
        assertEquals(5, inRequest(Duration.ofSeconds(60), () -> Deadline.statementSeconds(5)));
        assertEquals(3, inRequest(Duration.ofMillis(2_500), () -> Deadline.statementSeconds(5)));
        assertEquals(1, inRequest(Duration.ofMillis(300), () -> Deadline.statementSeconds(5)));
        assertEquals(5, Deadline.statementSeconds(5), "outside a request there is no deadline");
    }

    /**
     * A statement still running when the deadline passes is cancelled then, not at the next whole second: a query
     * that would count for minutes, given 200 ms, is a TIMEOUT well before the one-second query timeout could stop it.
     */
    @Test
    void aStatementRunningAtTheDeadlineIsCancelledThenAndIsATimeout() throws Exception {
        long started = System.nanoTime();
        Object cancelled = inRequest(Duration.ofMillis(200), () -> sql.rows("with recursive counting(n) as"
                + " (select 1 union all select n + 1 from counting where n < 1000000000) select count(*) from counting",
                List.of()));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        ApiException refused = assertInstanceOf(ApiException.class, cancelled);
        assertEquals(ErrorCode.TIMEOUT, refused.code());
        assertTrue(millis < 900, "cancelled after " + millis + " ms, not at the 200 ms deadline");
    }

    /**
     * A request waiting for a pooled connection gives up at its deadline, not at the end of the pool's five-second
     * acquisition timeout, and leaves its worker thread uninterrupted (the wait is ended by interrupting it); so
     * does one under a pool whose acquisition timeout is zero, which Agroal reads as waiting forever.
     */
    @Test
    void aWaitForAPooledConnectionEndsAtTheDeadline() throws Exception {
        ExecutorService borrower = Executors.newSingleThreadExecutor();
        List<Connection> held = new ArrayList<>();
        Future<Connection> waiting = null;
        try {
            while (waiting == null) {
                Future<Connection> next = borrower.submit(() -> dataSource.getConnection());
                try {
                    held.add(next.get(1, TimeUnit.SECONDS));
                } catch (TimeoutException poolExhausted) {
                    waiting = next;
                }
            }
            List<Callable<Object>> waits = List.of(() -> sql.rows("select count(*) from country", List.of()),
                    () -> {
                        try (Connection unexpected = canceller.borrow(dataSource, Duration.ZERO)) {
                            return unexpected;
                        }
                    });
            for (Callable<Object> wait : waits) {
                long started = System.nanoTime();
                Object[] outcome = (Object[]) inRequest(Duration.ofMillis(300), () -> {
                    Object answer;
                    try {
                        answer = wait.call();
                    } catch (ApiException refused) {
                        answer = refused;
                    }
                    return new Object[] {answer, Thread.currentThread().isInterrupted()};
                });
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                ApiException refused = assertInstanceOf(ApiException.class, outcome[0]);
                assertEquals(ErrorCode.TIMEOUT, refused.code());
                assertEquals("The request ran out of time and was stopped; nothing was changed. Ask for less (a"
                        + " smaller page, fewer nested lists)", refused.getMessage());
                assertEquals(false, outcome[1], "the worker thread was left interrupted");
                assertTrue(millis < 1_500, "gave up after " + millis + " ms, not at the 300 ms deadline");
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
            if (waiting != null) {
                waiting.get(10, TimeUnit.SECONDS).close();
            }
            borrower.shutdown();
        }
        Object afterwards = inRequest(Duration.ofSeconds(1), () -> sql.rows("select count(*) from country",
                List.of()));
        assertInstanceOf(List.class, afterwards);
    }

    /** A pool that fails otherwise than SQL leaves no interruption armed to hit the thread's next work. */
    @Test
    void aPoolFailingOtherwiseLeavesNoInterruptionBehind() throws Exception {
        DataSource broken = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> {
                    throw new IllegalStateException("the pool broke");
                });
        Object outcome = inRequest(Duration.ofMillis(200), () -> {
            IllegalStateException failed = assertThrows(IllegalStateException.class,
                    () -> canceller.borrow(broken, Duration.ZERO));
            assertEquals("the pool broke", failed.getMessage());
            try {
                Thread.sleep(600);
                return "slept past the deadline undisturbed";
            } catch (InterruptedException interrupted) {
                return "interrupted";
            }
        });
        assertEquals("slept past the deadline undisturbed", outcome);
    }

    /** What {@code work} returns or throws on a worker thread of a request's own Vert.x context with that deadline. */
    private Object inRequest(Duration timeout, Callable<Object> work) throws Exception {
        Context request = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        return request.executeBlocking(() -> {
            Deadline.start(timeout);
            try {
                return work.call();
            } catch (ApiException refused) {
                return refused;
            }
        }, false).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
