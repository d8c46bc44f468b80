package io.envoys.graphql.lean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** The lean executor's response buffer holds up to its limit and refuses the byte past it. */
class BoundedBufferTest {

    @Test
    void holdsAnAnswerUpToTheLimit() throws IOException {
        BoundedBuffer buffer = new BoundedBuffer(4, 10);
        buffer.write("0123456789".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("0123456789".getBytes(StandardCharsets.UTF_8), buffer.toByteArray());
    }

    @Test
    void refusesTheBytePastTheLimitEvenThroughAJsonWriter() {
        BoundedBuffer buffer = new BoundedBuffer(16, 1_000);
        BoundedBuffer.TooLarge refused = assertThrows(BoundedBuffer.TooLarge.class, () -> {
            try (JsonGenerator json = new JsonFactory().createGenerator(buffer)) {
                json.writeStartArray();
                for (int i = 0; i < 10_000; i++) {
                    json.writeString("a value of about twenty bytes");
                }
                json.writeEndArray();
            }
        });
        assertEquals(1_000, refused.maxBytes());
        assertTrue(buffer.size() <= 1_000, "never holds more than the limit: " + buffer.size());
    }
}
