package io.envoys;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What operators and explorers rely on around the API: health, metrics, GraphiQL, the SDL. */
@QuarkusTest
class ServiceEndpointsTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void metricsCountSqlStatements() {
        given().when().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("hibernate_statements_total"));
    }

    @Test
    void graphiqlIsServed() {
        given().when().get("/q/graphql-ui/").then()
                .statusCode(200)
                .body(containsString("<html"));
    }

    @Test
    void theSchemaIsServedAsSdl() {
        given().when().get("/graphql/schema.graphql").then()
                .statusCode(200)
                .body(containsString("type Meeting"));
    }
}
