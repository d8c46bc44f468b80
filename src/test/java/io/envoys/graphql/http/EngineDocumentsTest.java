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

/**
 * The text the engine is handed: the query itself unless an emoji straddles one of graphql-java's 4,096-character
 * reads, then a stand-in without surrogates; and a stand-in whose original is not kept is refused, never run.
 */
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
    void aStandInWhoseOriginalIsNotKeptIsRefusedAsUnavailable() throws Exception {
        ExecutionInput input = ExecutionInput.newExecutionInput(
                "{ countries { code } }\n# envoys: stands in for document not-a-kept-one").build();
        List<? extends GraphQLError> errors = new EngineDocuments().getDocumentAsync(input, ignored -> null).get().getErrors();
        assertEquals(1, errors.size());
        assertEquals("UNAVAILABLE", errors.get(0).getExtensions().get("code"));
        assertEquals("The server lost track of this request's query; send it again", errors.get(0).getMessage());
    }
}
