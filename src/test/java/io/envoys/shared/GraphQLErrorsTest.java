package io.envoys.shared;

import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.envoys.support.Errors;
import io.envoys.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class GraphQLErrorsTest {

    @Test
    void anUnknownFieldFailsValidationWithACode() {
        Errors.single(GraphQL.query("meetings-unknown-field"), "GRAPHQL_VALIDATION_FAILED", "ambassador");
    }

    @Test
    void aQueryDeeperThanFifteenLevelsIsRefused() {
        Errors.single(GraphQL.raw(nested(8)), "QUERY_TOO_DEEP", "too deep");
    }

    @Test
    void aQueryOfFifteenLevelsRuns() {
        GraphQL.raw(nested(6)).statusCode(200).body("errors", nullValue());
    }

    /** meetings { nodes { participants { meetings { … name … } } } }: 2 + 2 levels per round + 1. */
    private static String nested(int rounds) {
        StringBuilder query = new StringBuilder("{ meetings(first: 1) { nodes {");
        query.append(" participants { meetings {".repeat(rounds));
        query.append(" id");
        query.append(" } }".repeat(rounds));
        return query.append(" } } }").toString();
    }
}
