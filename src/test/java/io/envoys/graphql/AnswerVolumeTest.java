package io.envoys.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/**
 * The engine's fetchers count the answer's bytes as they run and stop running once the limit is passed: of 1,000
 * items of 100 characters under a limit of 1,000 bytes, nine texts are fetched and the rest are null, unread.
 */
class AnswerVolumeTest {

    @Test
    void fetchersStopRunningOnceTheAnswerIsFull() {
        AtomicInteger fetched = new AtomicInteger();
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("items", environment -> Collections.nCopies(1_000, Map.of())))
                .type("Item", type -> type.dataFetcher("text", environment -> {
                    fetched.incrementAndGet();
                    return "x".repeat(100);
                }))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
                new SchemaParser().parse("type Query { items: [Item] } type Item { text: String }"), wiring);
        AnswerVolume.Volume volume = new AnswerVolume.Volume(1_000);

        ExecutionResult result = GraphQL.newGraphQL(AnswerVolume.counted(schema, () -> volume)).build()
                .execute("{ items { text } }");

        // "items" with its list: 5 + 4 + 8 bytes; each text: 4 + 4 for "text", 100 + 2 for the string
        assertEquals(9, fetched.get());
        assertEquals(17 + 9 * 110, volume.bytes());
        List<Map<String, Object>> items = ((Map<String, List<Map<String, Object>>>) result.getData()).get("items");
        assertEquals("x".repeat(100), items.get(8).get("text"));
        assertNull(items.get(9).get("text"));
        assertNull(items.get(999).get("text"));
    }
}
