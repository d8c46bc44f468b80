package io.envoys.durability;

import static io.envoys.durability.RestartAndCrashIT.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.envoys.support.GraphQL;
import io.envoys.support.ServiceProcess;
import io.envoys.support.TestDatabase;
import io.restassured.path.json.JsonPath;

/** Two stateless replicas on one PostgreSQL database: writes are visible at once, and no update is lost. */
@EnabledIfSystemProperty(named = "envoys.db-kind", matches = "postgresql")
class ReplicasIT {

    private static final int ROUNDS = 10;

    @Test
    void twoReplicasShareWritesAndRefuseTheSecondOfTwoUpdatesFromOneVersion() throws Exception {
        TestDatabase database = TestDatabase.fresh("replicas");
        try (ServiceProcess a = ServiceProcess.start("replica-a", database.settings());
                ServiceProcess b = ServiceProcess.start("replica-b", database.settings())) {
            ok(a.graphql(GraphQL.document("create-country"), Map.of("input", Map.of("code", "XP", "name", "Pairs")),
                    true).jsonPath());
            String id = ok(a.graphql(GraphQL.document("create-envoy"),
                    Map.of("input", Map.of("name", "Rae Replica", "countryCode", "XP")), true).jsonPath())
                    .getString("data.createEnvoy.id");
            JsonPath seenByB = ok(b.graphql(GraphQL.document("envoy"), Map.of("id", id), false).jsonPath());
            assertEquals("Rae Replica", seenByB.getString("data.envoy.name"), "a write through A is read through B");

            for (int round = 0; round < ROUNDS; round++) {
                CountDownLatch start = new CountDownLatch(1);
                int version = round;
                List<CompletableFuture<JsonPath>> answers = new ArrayList<>();
                for (ServiceProcess replica : List.of(a, b)) {
                    String title = "Set through port " + replica.url() + " in round " + round;
                    answers.add(CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return replica.graphql(GraphQL.document("update-envoy"), Map.of("id", id, "expectedVersion",
                                version, "input", Map.of("name", "Rae Replica", "title", title, "countryCode", "XP")),
                                true).jsonPath();
                    }));
                }
                start.countDown();
                List<String> winners = new ArrayList<>();
                List<String> codes = new ArrayList<>();
                for (CompletableFuture<JsonPath> answer : answers) {
                    JsonPath json = answer.get();
                    if (json.get("errors") == null) {
                        winners.add(json.getString("data.updateEnvoy.title"));
                    } else {
                        codes.add(json.getString("errors[0].extensions.code"));
                    }
                }
                assertEquals(1, winners.size(), "one of the two updates wins in round " + round);
                assertEquals(List.of("CONFLICT"), codes);
                JsonPath stored = ok(a.graphql(GraphQL.document("envoy"), Map.of("id", id), false).jsonPath());
                assertEquals(winners.get(0), stored.getString("data.envoy.title"));
                assertEquals(version + 1, stored.getInt("data.envoy.version"));
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
