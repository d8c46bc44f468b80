package io.envoys.envoy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.envoys.support.Fixtures;
import io.envoys.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Sixteen editors update the same envoy from the same version at once: one wins, nothing is lost silently. */
@QuarkusTest
class ConcurrentUpdateTest {

    private static final String HOME = "XK";
    private static final int EDITORS = 16;

    @Test
    void exactlyOneOfSixteenUpdatesFromTheSameVersionWins() throws Exception {
        Fixtures.country(HOME);
        String id = Fixtures.envoy(HOME, "Contested Envoy");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        try {
            List<Future<JsonPath>> answers = new ArrayList<>();
            for (int i = 0; i < EDITORS; i++) {
                String title = "Title from editor " + i;
                Callable<JsonPath> update = () -> {
                    start.await();
                    return GraphQL.asEditor("update-envoy", "id", id, "expectedVersion", 0, "input",
                            Map.of("name", "Contested Envoy", "title", title, "countryCode", HOME))
                            .extract().jsonPath();
                };
                answers.add(pool.submit(update));
            }
            start.countDown();
            List<String> winners = new ArrayList<>();
            int conflicts = 0;
            for (Future<JsonPath> answer : answers) {
                JsonPath json = answer.get(60, TimeUnit.SECONDS);
                if (json.get("errors") == null) {
                    winners.add(json.getString("data.updateEnvoy.title"));
                } else {
                    assertEquals("CONFLICT", json.getString("errors[0].extensions.code"), json.prettify());
                    conflicts++;
                }
            }
            assertEquals(1, winners.size(), "exactly one winner");
            assertEquals(EDITORS - 1, conflicts);
            JsonPath stored = GraphQL.query("envoy", "id", id).extract().jsonPath();
            assertEquals(winners.get(0), stored.getString("data.envoy.title"), "the stored row is the winner's");
            assertEquals(1, stored.getInt("data.envoy.version"));
        } finally {
            pool.shutdownNow();
        }
    }
}
