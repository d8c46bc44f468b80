package io.envoys.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.envoys.support.Errors;
import io.envoys.support.GraphQL;
import io.envoys.support.ServiceProcess;
import io.envoys.support.TestDatabase;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** With PostgreSQL out of reach the service says so quickly and honestly, and recovers by itself. */
@EnabledIfSystemProperty(named = "envoys.db-kind", matches = "postgresql")
class DatabaseOutageIT {

    private static final Duration READINESS_LIMIT = Duration.ofSeconds(5);
    private static final Duration ANSWER_LIMIT = Duration.ofSeconds(5);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);

    @Test
    void readinessFallsAndQueriesFailFastWhileTheDatabaseIsDownThenAllRecovers() throws Exception {
        TestDatabase database = TestDatabase.fresh("outage");
        URI server = URI.create(database.url().substring("jdbc:".length()));
        try (TcpProxy proxy = new TcpProxy(server.getPort())) {
            proxy.up();
            String viaProxy = "jdbc:postgresql://127.0.0.1:" + proxy.port() + server.getPath();
            try (ServiceProcess service = ServiceProcess.start("outage", database.settings(viaProxy))) {
                assertEquals("Kim Hong-kyun", query(service).getString("data.envoy.name"));

                proxy.down();
                assertTrue(within(READINESS_LIMIT, () -> service.readinessStatus() == 503),
                        "readiness reports DOWN within " + READINESS_LIMIT);
                long started = System.nanoTime();
                Response refused = service.graphql(GraphQL.document("envoy"), Map.of("id", "1"), false);
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                assertTrue(took.compareTo(ANSWER_LIMIT) < 0, "a query answers in " + took);
                Errors.single(refused.then(), "UNAVAILABLE", "database");

                proxy.up();
                assertTrue(within(RECOVERY_LIMIT, () -> service.readinessStatus() == 200),
                        "readiness is UP again without a restart");
                assertTrue(within(RECOVERY_LIMIT, () -> query(service).get("errors") == null),
                        "queries work again without a restart");
            }
        }
    }

    private static JsonPath query(ServiceProcess service) {
        return service.graphql(GraphQL.document("envoy"), Map.of("id", "1"), false).jsonPath();
    }

    private interface Condition {
        boolean holds();
    }

    private static boolean within(Duration limit, Condition condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.holds()) {
                return true;
            }
            ServiceProcess.sleep(Duration.ofMillis(100));
        }
        return false;
    }
}
