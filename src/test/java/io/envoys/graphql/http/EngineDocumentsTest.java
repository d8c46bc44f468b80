package io.envoys.graphql.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The text the engine is handed: the query itself unless an emoji straddles one of graphql-java's 4,096-character
 * reads, then a stand-in without surrogates; a stand-in is read once, as its original, then refused, never run as it
 * reads; and a client's text that only looks like a stand-in is read as it is.
 */
@QuarkusTest
class EngineDocumentsTest {

    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void aTextNoReadSplitsIsHandedAsItIs() {
        String query = "{ countries { code } } # " + EMOJI + "\n";
        assertSame(query, EngineDocuments.textFor(query));
        String atTheSecondRead = "#" + "x".repeat(4096) + EMOJI + "\n{ countries { code } }";
        assertSame(atTheSecondRead, EngineDocuments.textFor(atTheSecondRead));
    }

    @Test
    void aTextWithAnEmojiAcrossAReadIsHandedAStandInOfTheSameLinesWithoutSurrogates() {
        String query = "#" + "x".repeat(4094) + EMOJI + "\n{ countries { code } }";
        String standIn = EngineDocuments.textFor(query);
        assertNotEquals(query, standIn);
        assertTrue(standIn.startsWith("#" + "x".repeat(4094) + "\uFFFD\n{ countries { code } }\n# envoys: stands in"
                + " for document "), standIn.substring(4090));
        assertFalse(standIn.chars().anyMatch(c -> Character.isSurrogate((char) c)));
        assertNotEquals(standIn, EngineDocuments.textFor(query), "each stand-in names its own original");
    }

    @Test
    void aStandInIsReadOnceAndThenRefusedAsUnavailable() throws Exception {
        ExecutionInput input = ExecutionInput.newExecutionInput(
                EngineDocuments.textFor("#" + "x".repeat(4094) + EMOJI + "\n{ countries { code } }")).build();
        EngineDocuments documents = new EngineDocuments();
        PreparsedDocumentEntry first = documents.getDocumentAsync(input, ignored -> null).get();
        assertEquals("countries", ((Field) first.getDocument().getDefinitionsOfType(OperationDefinition.class).get(0)
                .getSelectionSet().getSelections().get(0)).getName());
        List<? extends GraphQLError> errors = documents.getDocumentAsync(input, ignored -> null).get().getErrors();
        assertEquals(1, errors.size());
        assertEquals("UNAVAILABLE", errors.get(0).getExtensions().get("code"));
        assertEquals("The server lost track of this request's query; send it again", errors.get(0).getMessage());
    }

    @Test
    void aTextEndingWithTheStandInLineUnderAKeyNotIssuedHereIsReadAsItIs() throws Exception {
        for (String key : List.of("123e4567-e89b-12d3-a456-426614174000.AAAAAAAAAAAAAAAAAAAAAA",
                "123e4567-e89b-12d3-a456-426614174000", "")) {
            ExecutionInput input = ExecutionInput.newExecutionInput("{ countries { code } }\n# envoys: stands in for"
                    + " document " + key).build();
            PreparsedDocumentEntry asItIs = new PreparsedDocumentEntry(List.of());
            assertSame(asItIs, new EngineDocuments().getDocumentAsync(input, given -> asItIs).get(), key);
        }
    }
}
