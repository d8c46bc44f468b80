package io.envoys.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.envoys.db.Sql;
import io.envoys.support.Fixtures;
import io.envoys.support.GraphQL;
import io.quarkus.runtime.BlockingOperationNotAllowedException;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;

/**
 * No SQL statement and no GraphQL execution runs on a Vert.x event-loop thread: both refuse to (a request that got
 * there would fail instead of stalling every connection of that loop), and every path through the service, lean or
 * engine, over POST and GET, query or mutation, answers without error.
 */
@QuarkusTest
class WorkerThreadsTest {

    @Inject
    Sql sql;

    @Inject
    Vertx vertx;

    @Test
    void aStatementRefusesToRunOnAnEventLoop() throws Exception {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        vertx.runOnContext(ignored -> {
            try {
                outcome.complete(sql.rows("select count(*) from country", List.of()));
            } catch (RuntimeException refused) {
                outcome.complete(refused);
            }
        });
        assertInstanceOf(BlockingOperationNotAllowedException.class, outcome.get(10, TimeUnit.SECONDS));
    }

    @Test
    void everyPathAnswersFromAWorkerThread() {
        GraphQL.query("countries").body("errors", nullValue()).body("data.countries.code", hasItem("KR"));
        GraphQL.query("countries-and-query-type")
                .body("errors", nullValue()).body("data.queryType.name", is("Query"))
                .body("data.countries.code", hasItem("KR"));
        given().queryParam("query", GraphQL.document("countries-and-schema"))
                .when().get("/graphql").then().statusCode(200)
                .body("errors", nullValue()).body("data.__schema.queryType.name", is("Query"));
        given().queryParam("query", GraphQL.document("country-kr"))
                .when().get("/graphql").then().statusCode(200).body("data.country.name", is("South Korea"));
        Fixtures.country("XT");
        GraphQL.query("country", "code", "XT").body("errors", nullValue()).body("data.country.code", is("XT"));
    }
}
