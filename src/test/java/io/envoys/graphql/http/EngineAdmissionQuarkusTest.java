package io.envoys.graphql.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.envoys.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Queries the engine answers that take a share of {@code envoys.graphql.engine-values-in-flight}
 * ({@link EngineAdmission}) give it back when answered: twelve in turn, then six at once, over the tests' pool of 40,000
 * values that holds two of them, all get their data, and a small query beside them is answered too. A share that was never given
 * back would leave the later ones waiting out their deadline and answered TIMEOUT.
 */
@QuarkusTest
class EngineAdmissionQuarkusTest {

    @Inject
    EngineAdmission admission;

    @Test
    void largeEngineQueriesGiveBackTheirShare() throws Exception {
        for (int i = 0; i < 12; i++) {
            assertAnswered(GraphQL.query("engine-large").extract().jsonPath());
        }
        ExecutorService clients = Executors.newFixedThreadPool(7);
        try {
            List<Future<JsonPath>> large = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                large.add(clients.submit(() -> GraphQL.query("engine-large").extract().jsonPath()));
            }
            JsonPath small = clients.submit(() -> GraphQL.raw("{ countries { code } }").extract().jsonPath()).get();
            assertNull(small.get("errors"), small.prettify());
            assertTrue(small.getList("data.countries.code").contains("KR"), small.prettify());
            for (Future<JsonPath> answer : large) {
                assertAnswered(answer.get());
            }
        } finally {
            clients.shutdownNow();
        }
        long until = System.nanoTime() + 5_000_000_000L;
        while (admission.available() < 40_000 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertEquals(40_000, admission.available(), "every share was given back once its answer was sent");
    }

    private static void assertAnswered(JsonPath answer) {
        assertNull(answer.get("errors"), answer.prettify());
        assertEquals("Query", answer.getString("data.__schema.queryType.name"));
        assertTrue(answer.getLong("extensions.cost.estimate") >= EngineAdmission.SMALL, answer.prettify());
        assertTrue(answer.getList("data.meetings.nodes.title").contains("Trilateral meeting of the top nuclear envoys of South Korea, the United States and Japan"),
                answer.prettify());
    }
}
