package io.envoys.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import io.envoys.support.GraphQL;
import io.envoys.support.ServiceProcess;
import io.envoys.support.TestDatabase;
import io.restassured.path.json.JsonPath;

/** What the API acknowledged is on disk: after a clean restart, and after SIGKILL in the middle of a stream of writes. */
class RestartAndCrashIT {

    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 200;

    @Test
    void rowsWrittenThroughTheApiAreThereAfterARestart() throws Exception {
        TestDatabase database = TestDatabase.fresh("restart");
        String envoy;
        String meeting;
        try (ServiceProcess first = ServiceProcess.start("restart-1", database.settings())) {
            ok(first.graphql(GraphQL.document("create-country"),
                    Map.of("input", Map.of("code", "XR", "name", "Restartia")), true).jsonPath());
            envoy = ok(first.graphql(GraphQL.document("create-envoy"),
                    Map.of("input", Map.of("name", "Rita Restart", "countryCode", "XR")), true).jsonPath())
                    .getString("data.createEnvoy.id");
            Map<String, Object> input = new HashMap<>(Map.of("title", "Before the restart", "date", "2024-02-29",
                    "city", "Restart City", "hostCountryCode", "XR", "participantIds", List.of(envoy)));
            meeting = ok(first.graphql(GraphQL.document("create-meeting"), Map.of("input", input), true).jsonPath())
                    .getString("data.createMeeting.id");
            ok(first.graphql(GraphQL.document("record-quote"),
                    Map.of("input", Map.of("meetingId", meeting, "speakerId", envoy, "text", "Still here?")), true)
                    .jsonPath());
            assertTrue(first.terminate(Duration.ofSeconds(30)), "stops on SIGTERM");
        }
        try (ServiceProcess second = ServiceProcess.start("restart-2", database.settings())) {
            JsonPath read = ok(second.graphql(GraphQL.document("meeting-detail"), Map.of("id", meeting), false)
                    .jsonPath());
            assertEquals("Before the restart", read.getString("data.meeting.title"));
            assertEquals("2024-02-29", read.getString("data.meeting.date"));
            assertEquals("XR", read.getString("data.meeting.hostCountry.code"));
            assertEquals(List.of("Rita Restart"), read.getList("data.meeting.participants.name"));
            assertEquals(List.of("Still here?"), read.getList("data.meeting.quotes.nodes.text"));
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKillInTheMiddleOfAStream() throws Exception {
        TestDatabase database = TestDatabase.fresh("crash");
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        try (ServiceProcess service = ServiceProcess.start("crash-1", database.settings())) {
            ok(service.graphql(GraphQL.document("create-country"),
                    Map.of("input", Map.of("code", "XC", "name", "Crashland")), true).jsonPath());
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int i = 0; running.get(); i++) {
                        String name = "Crash envoy " + writer + "-" + i;
                        try {
                            JsonPath answer = service.graphql(GraphQL.document("create-envoy"),
                                    Map.of("input", Map.of("name", name, "countryCode", "XC")), true).jsonPath();
                            if (answer.get("errors") == null) {
                                acknowledged.put(name, answer.getString("data.createEnvoy.id"));
                            }
                        } catch (Exception connectionLost) {
                            // the kill: RestAssured rethrows connection failures unchecked
                            return;
                        }
                    }
                });
            }
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL) {
                ServiceProcess.sleep(Duration.ofMillis(20));
            }
            service.kill();
            running.set(false);
            writers.shutdown();
            assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));
        }
        try (ServiceProcess restarted = ServiceProcess.start("crash-2", database.settings())) {
            Map<String, String> stored = envoysOf(restarted, "XC");
            List<String> lost = new ArrayList<>();
            acknowledged.forEach((name, id) -> {
                if (!id.equals(stored.get(name))) {
                    lost.add(name + " (" + id + ")");
                }
            });
            assertEquals(List.of(), lost, "acknowledged writes missing after the kill");
            assertTrue(stored.size() >= acknowledged.size());
            assertTrue(stored.size() <= acknowledged.size() + WRITERS,
                    "at most the writes in flight at the kill may be stored unacknowledged");
        }
    }

    /** Name to id of every envoy of the country, walking all pages. */
    private static Map<String, String> envoysOf(ServiceProcess service, String country) {
        Map<String, String> envoys = new HashMap<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>(Map.of("filter", Map.of("countryCode", country),
                    "first", 100));
            variables.put("after", after);
            JsonPath page = ok(service.graphql(GraphQL.document("envoys"), variables, false).jsonPath());
            List<String> names = page.getList("data.envoys.nodes.name");
            List<String> ids = page.getList("data.envoys.nodes.id");
            for (int i = 0; i < names.size(); i++) {
                envoys.put(names.get(i), ids.get(i));
            }
            after = page.getBoolean("data.envoys.pageInfo.hasNextPage")
                    ? page.getString("data.envoys.pageInfo.endCursor") : null;
        } while (after != null);
        return envoys;
    }

    static JsonPath ok(JsonPath answer) {
        assertNull(answer.get("errors"), () -> answer.prettify());
        return answer;
    }
}
