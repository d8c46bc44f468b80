package io.envoys.graphql;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.LightDataFetcher;
import io.smallrye.common.vertx.ContextLocals;

/**
 * Bounds what the engine gathers for one answer while it runs, as the lean executor's buffer bounds what it writes:
 * every data fetcher of the served schema is wrapped so that the bytes of the values it returns (text in UTF-8, as
 * {@link AnswerSize} counts them, with each field's name) add up in the request's Vert.x context; once they pass
 * {@code envoys.graphql.max-response-bytes}, every further field is null without running, so no more rows are read,
 * and {@link AnswerSize} answers RESPONSE_TOO_LARGE. The node budget bounds the objects of an answer, not their text,
 * and {@link AnswerSize} alone measures an answer only once the engine has built all of it in memory. Introspection's
 * own fetchers are left alone: the node budget counts what they return. Registered in META-INF/services after every
 * other schema change, so that it wraps the fetchers they install.
 */
public class AnswerVolume extends SchemaChange {

    private static final String KEY = "envoys.graphql.answer-volume";

    /** Starts counting the current request's answer, up to {@code limit} bytes; outside a request, nothing is counted. */
    public static void start(long limit) {
        try {
            ContextLocals.put(KEY, new Volume(limit));
        } catch (UnsupportedOperationException notInARequest) {
            // no request context: nothing to bound
        }
    }

    /** Whether the current request's answer has passed its limit while the engine gathered it. */
    static boolean exceeded() {
        Volume volume = current();
        return volume != null && volume.exceeded();
    }

    private static Volume current() {
        try {
            return ContextLocals.<Volume>get(KEY).orElse(null);
        } catch (UnsupportedOperationException notInARequest) {
            return null;
        }
    }

    @Override
    protected GraphQLSchema change(GraphQLSchema generated) {
        return counted(generated, AnswerVolume::current);
    }

    /** {@code schema} with every fetcher of its own types counted into the volume {@code volumes} gives. */
    static GraphQLSchema counted(GraphQLSchema generated, Supplier<Volume> volumes) {
        GraphQLCodeRegistry registry = generated.getCodeRegistry();
        return generated.transform(schema -> schema.codeRegistry(registry.transform(wrapped -> {
            for (GraphQLType type : generated.getAllTypesAsList()) {
                if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                    for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                        FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                        wrapped.dataFetcher(coordinates, new Counted(registry.getDataFetcher(coordinates, field),
                                field.getName(), volumes));
                    }
                }
            }
        })));
    }

    /** A fetcher whose values are counted into the request's volume, and that stops fetching once it is full. */
    private static final class Counted implements LightDataFetcher<Object> {

        private final DataFetcher<?> fetcher;
        private final int nameBytes;
        private final Supplier<Volume> volumes;

        Counted(DataFetcher<?> fetcher, String name, Supplier<Volume> volumes) {
            this.fetcher = fetcher;
            this.nameBytes = name.length() + 4;
            this.volumes = volumes;
        }

        @Override
        public Object get(GraphQLFieldDefinition definition, Object source,
                Supplier<DataFetchingEnvironment> environment) throws Exception {
            Volume volume = volumes.get();
            if (volume != null && volume.exceeded()) {
                return null;
            }
            Object value = fetcher instanceof LightDataFetcher<?> light ? light.get(definition, source, environment)
                    : fetcher.get(environment.get());
            if (volume != null) {
                volume.add(nameBytes + bytes(value));
            }
            return value;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
        }

        /** Text as JSON writes it; a list of texts (topics) item by item; anything else, a number or an object, 8. */
        private static long bytes(Object value) {
            Object data = value instanceof DataFetcherResult<?> result ? result.getData() : value;
            if (data instanceof String text) {
                return AnswerSize.jsonString(text) + 2;
            }
            if (data instanceof List<?> items && !items.isEmpty() && items.get(0) instanceof String) {
                return items.stream().mapToLong(item -> AnswerSize.jsonString(String.valueOf(item)) + 3).sum();
            }
            return 8;
        }
    }

    /** The bytes counted so far for one request's answer, and its limit. */
    static final class Volume {

        private final long limit;
        private final AtomicLong bytes = new AtomicLong();

        Volume(long limit) {
            this.limit = limit;
        }

        long bytes() {
            return bytes.get();
        }

        void add(long more) {
            bytes.addAndGet(more);
        }

        boolean exceeded() {
            return bytes.get() > limit;
        }
    }
}
