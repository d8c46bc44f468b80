package io.envoys.graphql.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.envoys.graphql.cost.Estimate;

/**
 * A pool of 100,000 values: queries below 10,000 values take nothing and never wait; a larger one takes its estimate,
 * at most the whole pool; one that does not fit waits until its time is up and is turned away, and gets in once
 * the values are given back; a hold given back twice counts once, and one never given back is taken back once it
 * has been out longer than a request may take.
 */
class EngineAdmissionTest {

    private final EngineAdmission admission = new EngineAdmission(100_000, Duration.ofMinutes(5));

    @Test
    void weighsAQueryByItsLargerEstimate() {
        assertEquals(0, admission.weight(null));
        assertEquals(0, admission.weight(estimate(500, 9_999)));
        assertEquals(10_000, admission.weight(estimate(10, 10_000)));
        assertEquals(60_000, admission.weight(estimate(60_000, 20_000)));
        assertEquals(100_000, admission.weight(estimate(10, 465_000)));
    }

    @Test
    void aQueryThatDoesNotFitWaitsItsTimeAndIsTurnedAway() throws InterruptedException {
        EngineAdmission.Hold large = admission.enter(70_000, 0);
        assertNotNull(large);

        long started = System.nanoTime();
        assertNull(admission.enter(40_000, TimeUnit.MILLISECONDS.toNanos(200)));
        assertTrue(System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(200), "it waited its time");
        EngineAdmission.Hold rest = admission.enter(30_000, 0);
        assertNotNull(rest, "what is left still fits");
        assertEquals(0, admission.available());

        admission.leave(large);
        admission.leave(large);
        assertEquals(70_000, admission.available(), "given back once");
        assertNotNull(admission.enter(40_000, 0));
        assertNull(admission.enter(40_000, 0));
    }

    @Test
    void aWaitingQueryGetsInWhenValuesAreGivenBack() throws InterruptedException {
        EngineAdmission.Hold all = admission.enter(100_000, 0);
        Thread giver = new Thread(() -> {
            sleep(100);
            admission.leave(all);
        });
        giver.start();
        assertNotNull(admission.enter(100_000, TimeUnit.SECONDS.toNanos(10)));
        giver.join();
    }

    @Test
    void atMostEightQueriesWaitAndTheNextIsTurnedAwayAtOnce() throws Exception {
        EngineAdmission.Hold all = admission.enter(100_000, 0);
        List<Thread> waiters = new ArrayList<>();
        for (int i = 0; i < EngineAdmission.MAX_WAITING; i++) {
            Thread waiter = new Thread(() -> enterQuietly(10_000, TimeUnit.SECONDS.toNanos(5)));
            waiter.start();
            waiters.add(waiter);
        }
        sleep(300);
        long started = System.nanoTime();
        assertNull(admission.enter(10_000, TimeUnit.SECONDS.toNanos(5)), "a ninth waiter is turned away");
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(1), "at once, without waiting its time");
        admission.leave(all);
        for (Thread waiter : waiters) {
            waiter.join();
        }
        assertEquals(100_000 - EngineAdmission.MAX_WAITING * 10_000, admission.available(), "the eight got in");
    }

    private void enterQuietly(int weight, long waitNanos) {
        try {
            admission.enter(weight, waitNanos);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aHoldNeverGivenBackIsTakenBackWhenItHasBeenOutTooLong() throws InterruptedException {
        EngineAdmission shortLived = new EngineAdmission(100_000, Duration.ofMillis(50));
        assertNotNull(shortLived.enter(100_000, 0));
        assertNull(shortLived.enter(10_000, 0), "still out");
        sleep(100);
        EngineAdmission.Hold next = shortLived.enter(100_000, 0);
        assertNotNull(next, "the lost hold was taken back");
        shortLived.leave(next);
        assertEquals(100_000, shortLived.available());
    }

    private static Estimate estimate(long objects, long values) {
        return new Estimate(objects, 50_000, "meetings", null, objects, true, null, values, 500_000);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
