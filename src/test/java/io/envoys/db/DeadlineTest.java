package io.envoys.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.envoys.error.ApiException;
import io.envoys.error.ErrorCode;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * A request's statements run within its deadline: one that starts after the deadline is refused with TIMEOUT, and
 * each gets at most the whole seconds left (never more than the statement limit, never less than one).
 */
@QuarkusTest
class DeadlineTest {

    @Inject
    Sql sql;

    @Inject
    Vertx vertx;

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
