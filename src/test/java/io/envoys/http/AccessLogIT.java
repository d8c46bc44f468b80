package io.envoys.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.envoys.support.ServiceProcess;
import io.envoys.support.TestDatabase;
import io.restassured.http.ContentType;

/**
 * With the access log turned on, as an operator would (QUARKUS_HTTP_ACCESS_LOG_ENABLED=true), failed sign-ins are
 * logged as one line each, without a stack trace, and every request gets its access-log line, which holds the path
 * but never the query string, so no variable value of a GET reaches the log.
 */
class AccessLogIT {

    private static final String SECRET = "not-for-the-log-4711";

    @Test
    void failedSignInsAndGetsAreLoggedWithoutStacksOrVariableValues() throws InterruptedException {
        Map<String, String> settings = new HashMap<>(TestDatabase.fresh("access-log").settings());
        settings.put("quarkus.http.access-log.enabled", "true");
        try (ServiceProcess service = ServiceProcess.start("access-log", settings)) {
            given().baseUri(service.url()).auth().preemptive().basic(ServiceProcess.EDITOR, "wrong-password")
                    .contentType(ContentType.JSON).body(Map.of("query", "mutation { deleteEnvoy(id: \"1\") }"))
                    .when().post("/graphql").then().statusCode(200);
            given().baseUri(service.url()).header("Authorization", "Bearer not.a.token")
                    .contentType(ContentType.JSON).body(Map.of("query", "mutation { deleteEnvoy(id: \"1\") }"))
                    .when().post("/graphql").then().statusCode(200);
            given().baseUri(service.url())
                    .queryParam("query", "query($q: String) { envoys(filter: {nameContains: $q}) { totalCount } }")
                    .queryParam("variables", "{\"q\": \"" + SECRET + "\"}")
                    .when().get("/graphql").then().statusCode(200);
            ServiceProcess.sleep(Duration.ofMillis(500));
            String log = service.log();
            assertTrue(log.lines().filter(line -> line.contains("Sign-in refused")).count() >= 2, log);
            assertFalse(log.contains("NullPointerException") || log.contains("\tat "), log);
            assertTrue(log.contains("\"POST /graphql HTTP/1.1\" 200"), log);
            assertTrue(log.contains("\"GET /graphql HTTP/1.1\" 200"), log);
            assertFalse(log.contains(SECRET) || log.contains("nameContains"), log);
        }
    }
}
