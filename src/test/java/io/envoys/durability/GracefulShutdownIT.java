package io.envoys.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.envoys.support.ServiceProcess;
import io.envoys.support.TestDatabase;

/**
 * SIGTERM while clients keep querying: readiness turns DOWN first while requests are still served, the clients stop
 * as a load balancer would once it sees readiness fall, every request in flight gets a whole answer, and the process
 * ends within its shutdown delay and timeout.
 */
class GracefulShutdownIT {

    private static final int CLIENTS = 4;
    /** Answers to wait for before the signal: a cold JVM on a busy machine may take seconds over its first ones. */
    private static final int WARM_ANSWERS = 20;
    /**
     * How long the clients keep sending after readiness fell: a load balancer needs a moment to notice, and the
     * service's shutdown delay (2 s) must cover it. A request sent after the delay is not guaranteed an answer.
     */
    private static final Duration ROUTING_DELAY = Duration.ofSeconds(1);
    private static final String QUERY = "{\"query\":\"{ meeting(id: \\\"1\\\") { title quotes { nodes { text speaker { name } } } } }\"}";

    @Test
    void readinessFallsFirstAndNoAcceptedRequestIsCutOff() throws Exception {
        TestDatabase database = TestDatabase.fresh("shutdown");
        try (ServiceProcess service = ServiceProcess.start("shutdown", database.settings())) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(service.url() + "/graphql"))
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(20))
                    .POST(HttpRequest.BodyPublishers.ofString(QUERY)).build();
            AtomicInteger answered = new AtomicInteger();
            AtomicBoolean routed = new AtomicBoolean(true);
            List<String> broken = new CopyOnWriteArrayList<>();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    while (routed.get()) {
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 503) {
                                continue;
                            }
                            if (response.statusCode() != 200 || !response.body().contains("in a very timely manner")) {
                                broken.add(response.statusCode() + " " + response.body());
                            }
                            answered.incrementAndGet();
                        } catch (ConnectException refusedAfterClose) {
                            return;
                        } catch (IOException refused) {
                            // HTTP/2 GOAWAY: the server's explicit word that it did not process this request
                            if (!String.valueOf(refused.getMessage()).contains("GOAWAY")) {
                                broken.add(refused.toString());
                            }
                            return;
                        } catch (InterruptedException stopped) {
                            return;
                        }
                    }
                });
            }
            long warmUpDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (answered.get() < WARM_ANSWERS && broken.isEmpty() && System.nanoTime() < warmUpDeadline) {
                ServiceProcess.sleep(Duration.ofMillis(50));
            }
            assertEquals(List.of(), broken, "requests before the signal were answered whole");
            int beforeSignal = answered.get();
            long signalled = System.nanoTime();
            Thread terminator = new Thread(() -> {
                try {
                    service.terminate(Duration.ofSeconds(30));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            terminator.start();
            boolean readinessDown = false;
            while (!readinessDown && System.nanoTime() - signalled < TimeUnit.SECONDS.toNanos(2)) {
                readinessDown = service.readinessStatus() == 503;
            }
            assertTrue(readinessDown, "readiness is DOWN right after SIGTERM");
            int whenReadinessFell = answered.get();
            ServiceProcess.sleep(ROUTING_DELAY);
            routed.set(false);
            terminator.join(TimeUnit.SECONDS.toMillis(40));
            clients.shutdown();
            assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));
            assertTrue(!service.isAlive(), "the process ended");
            assertTrue(beforeSignal >= WARM_ANSWERS, "clients were answered before the signal");
            assertTrue(answered.get() > whenReadinessFell, "requests were still served after readiness fell");
            assertEquals(List.of(), broken, "no accepted request was cut off or failed");
            assertTrue(service.log().contains("stopped in"), "Quarkus shut down cleanly");
        }
    }
}
