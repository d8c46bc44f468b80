package io.envoys.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import graphql.analysis.QueryTraverser;
import graphql.execution.RawVariables;
import graphql.language.Document;
import graphql.language.SourceLocation;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.All;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Answers queries without the per-field machinery of the GraphQL engine: the document (already parsed and validated)
 * is normalised once, each root field calls its service with the selection, and the returned views are written
 * straight to JSON. The root fields already load every requested level in one statement each, so nothing below them
 * needs resolving. Whatever this cannot answer exactly as the engine would (mutations, introspection, limits
 * exceeded, any error) is {@link NotLean} and goes to the engine, which gives the usual answer; queries change
 * nothing, so running one again there is safe.
 */
@ApplicationScoped
public class LeanQueries {

    private static final Logger LOG = Logger.getLogger(LeanQueries.class);
    private static final JsonFactory JSON = new JsonFactory();
    private static final int PLAN_CAPACITY = 1_000;

    private final Instance<GraphQLSchema> schema;
    private final Map<String, RootField> roots = new HashMap<>();
    private final boolean enabled;
    private final int maxDepth;
    private final int maxComplexity;
    private final Counter answered;
    private final Counter handedOver;
    private final Map<Operation, Plan> plans = new ConcurrentHashMap<>();

    LeanQueries(Instance<GraphQLSchema> schema, @All List<RootFields> apis, MeterRegistry metrics,
            @ConfigProperty(name = "envoys.graphql.lean-queries", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-depth") int maxDepth,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-complexity") int maxComplexity) {
        this.schema = schema;
        apis.forEach(api -> roots.putAll(api.rootFields()));
        this.enabled = enabled;
        this.maxDepth = maxDepth;
        this.maxComplexity = maxComplexity;
        this.answered = metrics.counter("envoys.graphql.lean", "outcome", "answered");
        this.handedOver = metrics.counter("envoys.graphql.lean", "outcome", "handed-over");
    }

    /** Whether the operation to run (null when the document leaves it open) is a query this class may answer. */
    boolean accepts(OperationDefinition operation) {
        return enabled && operation != null && operation.getOperation() == OperationDefinition.Operation.QUERY;
    }

    /**
     * The whole response as UTF-8 JSON: the data, or, when the database failed the only root field (unavailable or
     * too slow), that error as the engine would report it; asking the engine again would only wait twice as long.
     *
     * @throws RuntimeException when the engine must answer instead: {@link NotLean}, or an error the engine reports
     */
    LeanAnswer execute(Document document, String operationName, Map<String, Object> variables) throws IOException {
        GraphQLSchema graphQLSchema = schema.get();
        ExecutableNormalizedOperation operation = null;
        try {
            Plan plan = plan(graphQLSchema, document, operationName, variables);
            operation = plan.operation();
            List<Object> values = resolve(operation.getTopLevelFields());
            byte[] response = write(plan, values);
            answered.increment();
            return new LeanAnswer(response, true);
        } catch (ApiException failure) {
            if (operation != null && operation.getTopLevelFields().size() == 1
                    && (failure.code() == ErrorCode.UNAVAILABLE || failure.code() == ErrorCode.TIMEOUT)) {
                answered.increment();
                return databaseFailure(graphQLSchema, operation, failure);
            }
            throw handOver(failure);
        } catch (RuntimeException failure) {
            throw handOver(failure);
        }
    }

    private RuntimeException handOver(RuntimeException failure) {
        handedOver.increment();
        LOG.debugf("Query handed over to the GraphQL engine: %s", failure);
        return failure;
    }

    /** The engine's answer to a root field whose read failed: the coded error, and null for the field. */
    private static LeanAnswer databaseFailure(GraphQLSchema graphQLSchema, ExecutableNormalizedOperation operation,
            ApiException failure) {
        ExecutableNormalizedField field = operation.getTopLevelFields().get(0);
        SourceLocation at = operation.getMergedField(field).getSingleField().getSourceLocation();
        boolean nullable = !(graphQLSchema.getQueryType().getFieldDefinition(field.getName()).getType()
                instanceof GraphQLNonNull);
        CodedError error = new CodedError(failure.code(), failure.getMessage(), List.of(at),
                List.of(field.getResultKey()));
        JsonObject response = new JsonObject()
                .put("errors", new JsonArray().add(new JsonObject(error.toSpecification())))
                .put("data", nullable ? new JsonObject().putNull(field.getResultKey()) : null);
        return new LeanAnswer(response.toBuffer().getBytes(), nullable);
    }

    /**
     * The operation with fragments, directives and variables applied, and the writers of its root fields' values; the
     * same request is planned only once.
     */
    private Plan plan(GraphQLSchema graphQLSchema, Document document, String operationName,
            Map<String, Object> variables) {
        Operation key = new Operation(document, operationName, variables);
        Plan known = plans.get(key);
        if (known != null) {
            return known;
        }
        withinLimits(graphQLSchema, document, operationName, variables);
        ExecutableNormalizedOperation operation = ExecutableNormalizedOperationFactory
                .createExecutableNormalizedOperationWithRawVariables(graphQLSchema, document, operationName,
                        RawVariables.of(variables));
        GraphQLObjectType queryType = graphQLSchema.getQueryType();
        List<ResultWriter> writers = operation.getTopLevelFields().stream()
                .map(field -> field.getName().equals("__typename")
                        ? (ResultWriter) (out, value) -> out.writeString(queryType.getName())
                        : ResultWriter.of(field, queryType.getFieldDefinition(field.getName()).getType()))
                .toList();
        Plan plan = new Plan(operation, writers, new AtomicInteger(1_024));
        if (plans.size() < PLAN_CAPACITY) {
            plans.put(key, plan);
        }
        return plan;
    }

    /** The engine refuses queries over its depth and complexity limits with coded errors: leave those to it. */
    private void withinLimits(GraphQLSchema graphQLSchema, Document document, String operationName,
            Map<String, Object> variables) {
        QueryTraverser traverser = QueryTraverser.newQueryTraverser().schema(graphQLSchema).document(document)
                .operationName(operationName).variables(variables).build();
        int[] fieldsAndDepth = traverser.reducePreOrder((field, acc) -> {
            int depth = 1;
            for (var parent = field.getParentEnvironment(); parent != null; parent = parent.getParentEnvironment()) {
                depth++;
            }
            return new int[] {acc[0] + 1, Math.max(acc[1], depth)};
        }, new int[] {0, 0});
        if (fieldsAndDepth[0] > maxComplexity || fieldsAndDepth[1] > maxDepth) {
            throw new NotLean("over the query limits");
        }
    }

    private List<Object> resolve(List<ExecutableNormalizedField> fields) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            return fields.stream().map(this::resolve).toList();
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    private Object resolve(ExecutableNormalizedField field) {
        if (field.getName().equals("__typename")) {
            return null;
        }
        RootField root = roots.get(field.getName());
        if (root == null) {
            throw new NotLean("no lean root field " + field.getName());
        }
        return root.resolve(new Arguments(field.getResolvedArguments()), Selection.of(field));
    }

    private static byte[] write(Plan plan, List<Object> values) throws IOException {
        List<ExecutableNormalizedField> fields = plan.operation().getTopLevelFields();
        ByteArrayOutputStream buffered = new ByteArrayOutputStream(plan.responseSize().get() + 256);
        try (JsonGenerator json = JSON.createGenerator(buffered)) {
            json.writeStartObject();
            json.writeObjectFieldStart("data");
            for (int i = 0; i < fields.size(); i++) {
                json.writeFieldName(fields.get(i).getResultKey());
                plan.writers().get(i).write(json, values.get(i));
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        plan.responseSize().set(buffered.size());
        return buffered.toByteArray();
    }

    /** A request as far as normalisation goes: documents are shared per query text by the gate. */
    private record Operation(Document document, String operationName, Map<String, Object> variables) {
    }

    /**
     * A normalised operation, the writers of its root fields' values in the same order, and the size of the last
     * response, which sizes the next one's buffer.
     */
    private record Plan(ExecutableNormalizedOperation operation, List<ResultWriter> writers,
            AtomicInteger responseSize) {
    }

    /** A response body, and whether it has data (without, clients of the GraphQL response type get a 400). */
    record LeanAnswer(byte[] body, boolean hasData) {
    }
}
