package io.envoys.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.envoys.support.Errors;
import io.envoys.support.Fixtures;
import io.envoys.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Oversized requests are refused with a code before anything runs, and the service stays healthy. */
@QuarkusTest
class LimitsTest {


    @Test
    void theReadmeQueriesAndAFullPageOfAHundredPassTheLimits() {
        for (String document : new String[] {"readme-seed-meeting", "readme-counterparts", "readme-quotes"}) {
            GraphQL.query(document).body("errors", nullValue());
        }
        GraphQL.query("full-nested-page").body("errors", nullValue());
    }

    @Test
    void anAliasFloodOfThreeThousandIsRefused() {
        quickly(() -> Errors.single(GraphQL.raw(aliases(3_000)), "QUERY_TOO_COMPLEX"));
        healthy();
    }

    @Test
    void moreFieldsThanTheComplexityLimitAreRefused() {
        quickly(() -> Errors.single(GraphQL.raw(aliases(600)), "QUERY_TOO_COMPLEX", "too many fields"));
        healthy();
    }

    @Test
    void typenameFieldsCountTowardsTheLimitInFragmentsToo() {
        Errors.single(GraphQL.raw("{" + " __typename".repeat(600) + " }"), "QUERY_TOO_COMPLEX",
                "more than 500, __typename included");
        String fragment = "fragment F on Country {" + " __typename".repeat(100) + " }";
        Errors.single(GraphQL.raw("{ a: country(code: \"KR\") { ...F } b: country(code: \"KR\") { ...F }"
                + " c: country(code: \"KR\") { ...F } d: country(code: \"KR\") { ...F }"
                + " e: country(code: \"KR\") { ...F } } " + fragment), "QUERY_TOO_COMPLEX", "too many fields");
        GraphQL.raw("{" + " __typename".repeat(500) + " }").statusCode(200).body("errors", nullValue())
                .body("data.__typename", is("Query"));
    }

    /** Aliases of one country each, so the query stays within the cost budget and only its size can refuse it. */
    private static String aliases(int count) {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            query.append(" a").append(i).append(": country(code: \"KR\") { code }");
        }
        return query.append(" }").toString();
    }

    @Test
    void tooManyTokensAreRefusedBeforeParsingFinishes() {
        String query = "{ countries { " + "code ".repeat(12_000) + "} }";
        quickly(() -> Errors.single(GraphQL.raw(query), "QUERY_TOO_COMPLEX", "10,000 tokens"));
        healthy();
    }

    @Test
    void bodiesAboveOneMebibyteAre413() {
        String padding = " ".repeat(1_100_000);
        quickly(() -> given().contentType(ContentType.JSON)
                .body("{\"query\":\"{ countries { code } }" + padding + "\"}")
                .when().post("/graphql").then().statusCode(413)
                .body("errors[0].extensions.code", is("PAYLOAD_TOO_LARGE")));
        healthy();
    }

    @Test
    void listInputsAreCapped() {
        String[] ids = new String[51];
        Arrays.fill(ids, "1");
        Errors.single(GraphQL.asEditor("create-meeting", "input", Fixtures.meetingInput("KR", "2020-01-01", ids)),
                "BAD_USER_INPUT", "1 to 50");
    }

    /**
     * Sends a request that must be refused; how fast is measured by bench/hostile.sh, not asserted here, since a
     * timed assertion fails on a loaded CI machine without telling anything about the code.
     */
    private static void quickly(Runnable request) {
        request.run();
    }

    private static void healthy() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        GraphQL.query("country", "code", "KR").body("data.country.name", is("South Korea"));
    }
}
