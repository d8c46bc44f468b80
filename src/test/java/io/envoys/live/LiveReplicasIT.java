package io.envoys.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.envoys.support.GraphQL;
import io.envoys.support.GraphQLSocket;
import io.envoys.support.ServiceProcess;
import io.envoys.support.TestDatabase;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

/**
 * Two replicas of the packaged PostgreSQL build on one database: what is recorded through one reaches subscribers
 * connected to the other (PostgreSQL NOTIFY/LISTEN), once each, in commit order, and a rolled-back write reaches no one.
 */
@EnabledIfSystemProperty(named = "envoys.db-kind", matches = "postgresql")
class LiveReplicasIT {

    @Test
    void aQuoteRecordedThroughOneReplicaReachesSubscribersOfBoth() throws Exception {
        TestDatabase database = TestDatabase.fresh("live-replicas");
        try (ServiceProcess a = ServiceProcess.start("live-a", database.settings());
                ServiceProcess b = ServiceProcess.start("live-b", database.settings())) {
            ok(a.graphql(GraphQL.document("create-country"), Map.of("input", Map.of("code", "LR", "name",
                    "Lirea")), true));
            String envoy = ok(a.graphql(GraphQL.document("create-envoy"), Map.of("input", Map.of("name",
                    "Rui Lira", "countryCode", "LR")), true)).getString("data.createEnvoy.id");
            String meeting = ok(a.graphql(GraphQL.document("create-meeting"), Map.of("input", Map.of("title",
                    "Across replicas", "date", "2026-12-01", "city", "Lira", "hostCountryCode", "LR",
                    "participantIds", List.of(envoy))), true)).getString("data.createMeeting.id");
            try (GraphQLSocket onA = GraphQLSocket.initialised(a.url() + "/graphql");
                    GraphQLSocket onB = GraphQLSocket.initialised(b.url() + "/graphql")) {
                for (GraphQLSocket socket : List.of(onA, onB)) {
                    socket.subscribe("quotes", "subscribe-quotes", "filter", Map.of("meetingId", meeting));
                    socket.subscribe("probe", "subscribe-unknown-field");
                    assertEquals("error", socket.next().getString("type"));
                }
                for (int i = 0; i < 10; i++) {
                    ServiceProcess through = i % 2 == 0 ? a : b;
                    ok(through.graphql(GraphQL.document("record-quote"), Map.of("input", Map.of("meetingId", meeting,
                            "speakerId", envoy, "text", "Said through " + (i % 2 == 0 ? "A" : "B") + ", " + i)),
                            true));
                }
                JsonPath refused = b.graphql(GraphQL.document("record-quote"), Map.of("input", Map.of("meetingId",
                        meeting, "speakerId", "999999", "text", "Never recorded")), true).jsonPath();
                assertEquals("NOT_FOUND", refused.getString("errors[0].extensions.code"));
                for (GraphQLSocket socket : List.of(onA, onB)) {
                    for (int i = 0; i < 10; i++) {
                        JsonObject event = socket.next();
                        assertEquals("next", event.getString("type"), event.encode());
                        assertEquals("Said through " + (i % 2 == 0 ? "A" : "B") + ", " + i, event
                                .getJsonObject("payload").getJsonObject("data").getJsonObject("quoteRecorded")
                                .getString("text"));
                    }
                    assertNull(socket.poll(Duration.ofSeconds(1)), "one event per quote, none for the refused one");
                }
            }
        }
    }

    private static JsonPath ok(io.restassured.response.Response response) {
        JsonPath json = response.jsonPath();
        assertNull(json.get("errors"), response.asString());
        return json;
    }
}
