package io.envoys.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.envoys.support.FailingRoute;
import io.quarkus.test.junit.QuarkusTest;

/** A failure nobody foresaw on /graphql is a coded JSON 500, and its log lines hold no query or variable value. */
@QuarkusTest
class UnexpectedFailureTest {

    private static final String SECRET = "variable-value-not-for-logs";

    @Test
    void aFailingGetIsACodedJson500LoggedWithoutItsUrl() {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringWriter text = new StringWriter();
                text.append(String.valueOf(record.getMessage())).append(' ').append(String.valueOf(
                        record.getParameters() == null ? "" : List.of(record.getParameters())));
                if (record.getThrown() != null) {
                    record.getThrown().printStackTrace(new PrintWriter(text));
                }
                logged.add(text.toString());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            given().header(FailingRoute.HEADER, "yes")
                    .queryParam("query", "query($q: String) { envoys(filter: {name: $q}) { totalCount } }")
                    .queryParam("variables", "{\"q\": \"" + SECRET + "\"}")
                    .when().get("/graphql")
                    .then().statusCode(500).contentType(startsWith("application/json"))
                    .body("errors[0].extensions.code", is("INTERNAL"))
                    .body("errors[0].message", startsWith("Something went wrong on our side"))
                    .body("data", is((Object) null));
        } finally {
            root.removeHandler(capture);
        }
        assertTrue(logged.stream().anyMatch(line -> line.contains("failed on purpose by a test")), logged.toString());
        assertFalse(logged.stream().anyMatch(line -> line.contains(SECRET) || line.contains("envoys(filter")),
                logged.toString());
    }
}
