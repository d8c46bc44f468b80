package io.envoys.graphql.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import graphql.GraphQLError;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The gate's parser keeps graphql-java's limit of 1,048,576 characters, though the engine's parser is given room for
 * stand-ins, and names the limit a text went over: characters or tokens.
 */
@QuarkusTest
class ValidatedDocumentsTest {

    @Inject
    ValidatedDocuments documents;

    @Test
    void aTextOverTheCharacterLimitIsRefusedForItsCharacters() {
        ValidatedDocuments.Result result = documents.of("{ __typename }\n#" + "x".repeat(1_048_576));
        assertNull(result.document());
        GraphQLError refused = result.errors().get(0);
        assertEquals("QUERY_TOO_COMPLEX", refused.getExtensions().get("code"));
        assertEquals("The query is too long: it has more than 1,048,576 characters; split it into several queries",
                refused.getMessage());
    }

    @Test
    void aTextOverTheTokenLimitIsRefusedForItsTokens() {
        ValidatedDocuments.Result result = documents.of("{ " + "__typename ".repeat(10_001) + "}");
        assertNull(result.document());
        assertEquals("The query is too long: it has more than 10,000 tokens; split it into several queries",
                result.errors().get(0).getMessage());
    }
}
