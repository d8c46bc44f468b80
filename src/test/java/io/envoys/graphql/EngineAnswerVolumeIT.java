package io.envoys.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.envoys.support.GraphQL;
import io.envoys.support.ServiceProcess;
import io.envoys.support.TestDatabase;
import io.restassured.path.json.JsonPath;

/**
 * In the packaged service, with {@code envoys.graphql.max-response-bytes} at 3,000 bytes: a query within the node
 * budget that the engine answers (it has an introspection field), over 43 envoys with 150-character names, their
 * meeting and its 40 participants, is answered RESPONSE_TOO_LARGE once the engine has gathered 3,000 bytes
 * ({@link AnswerVolume}; {@link AnswerVolumeTest} shows that the fetchers stop), and a small query in the same service is
 * answered.
 */
class EngineAnswerVolumeIT {

    @Test
    void theEngineStopsReadingOnceTheAnswerIsFull() throws InterruptedException {
        Map<String, String> settings = new HashMap<>(TestDatabase.fresh("answer-volume").settings());
        settings.put("envoys.graphql.max-response-bytes", "3000");
        try (ServiceProcess service = ServiceProcess.start("answer-volume", settings)) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String name = String.format("Envoy %02d ", i) + "x".repeat(141);
                ids.add(service.graphql(GraphQL.document("create-envoy"), Map.of("input", Map.of("name", name,
                        "countryCode", "KR")), true).jsonPath().getString("data.createEnvoy.id"));
            }
            JsonPath meeting = service.graphql(GraphQL.document("create-meeting-id"), Map.of("input", Map.of(
                    "title", "Forty envoys", "date", "2020-01-02", "city", "Seoul", "hostCountryCode", "KR",
                    "participantIds", ids)), true).jsonPath();
            assertNull(meeting.get("errors"), meeting.prettify());

            JsonPath wide = service.graphql(GraphQL.document("engine-volume-wide"), Map.of(), false).jsonPath();
            assertEquals(List.of("RESPONSE_TOO_LARGE"), wide.getList("errors.extensions.code"), wide.prettify());
            assertNull(wide.get("data"), wide.prettify());
            assertEquals(List.of("The answer is larger than 3,000 bytes, the most this service sends; nothing was"
                    + " changed. Ask for less: smaller pages (first), fewer fields or long texts such as summaries, or"
                    + " split the query"), wide.getList("errors.message"));
            String withoutIntrospection = GraphQL.document("engine-volume-wide")
                    .replace("__schema { queryType { name } }", "");
            JsonPath lean = service.graphql(withoutIntrospection, Map.of(), false).jsonPath();
            assertEquals(wide.getList("errors"), lean.getList("errors"), "the lean executor's refusal is the engine's");
            assertNull(lean.get("data"), lean.prettify());
            assertEquals(0, service.log().lines().filter(line -> line.contains(" ERROR ")).count(),
                    "a refused answer is no error of the service's: " + service.log());

            JsonPath small = service.graphql("{ __schema { queryType { name } } countries { code } }", Map.of(), false)
                    .jsonPath();
            assertNull(small.get("errors"), small.prettify());
            assertEquals("Query", small.getString("data.__schema.queryType.name"));
        }
    }
}
