package io.envoys.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The engine's answers are measured as JSON before they are written, and the count stops past the limit. */
class AnswerSizeTest {

    @Test
    void anAnswerIsMeasuredAsTheJsonItWrites() {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("summary", "x".repeat(10));
        node.put("version", 3);
        node.put("venue", null);
        // {"summary":"xxxxxxxxxx","version":3,"venue":null} is 49 bytes; the count allows one comma too many
        assertEquals(50, AnswerSize.bytes(node, Long.MAX_VALUE));
        assertEquals(2 + 3 * 51, AnswerSize.bytes(List.of(node, node, node), Long.MAX_VALUE));
        // "é😀김" in UTF-8: 2 + 4 + 3 bytes, and its quotes
        assertEquals(11, AnswerSize.bytes("\u00e9\uD83D\uDE00\uAE40", Long.MAX_VALUE));
        // a quote and a backslash are escaped: \" and \\ are two bytes each
        assertEquals(6, AnswerSize.bytes("\"\\", Long.MAX_VALUE));
    }

    @Test
    void aTextIsCountedInUtf8BytesAndInAJsonStringWithItsEscapes() {
        String text = "\"\u00e9\uD83D\uDE00\uAE40\n";
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, AnswerSize.utf8(text));
        assertEquals(11, AnswerSize.utf8(text));
        assertEquals(13, AnswerSize.jsonString(text), "the quote and the newline are escaped");
    }

    @Test
    void countingStopsJustPastTheLimit() {
        List<Object> summaries = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            summaries.add("y".repeat(5_000));
        }
        long counted = AnswerSize.bytes(Map.of("nodes", summaries), 1_000_000);
        assertTrue(counted > 1_000_000 && counted < 1_020_000, "stopped at " + counted);
    }
}
