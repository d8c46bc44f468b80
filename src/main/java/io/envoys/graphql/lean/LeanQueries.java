package io.envoys.graphql.lean;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import io.envoys.error.ApiException;
import io.envoys.error.CodedError;
import io.envoys.error.ErrorCode;
import io.envoys.graphql.CurrentSelection;
import io.envoys.graphql.GraphQLConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Answers queries without the per-field machinery of the GraphQL engine: the request's shape is planned once
 * ({@link Plans}), each root field's own {@code @Query} method is called with this request's arguments and selection,
 * and the returned views are written straight to JSON. The methods already load every requested level in one statement
 * each, so nothing below them needs resolving. Whatever this cannot answer exactly as the engine would (mutations,
 * introspection, limits exceeded, any error) is handed over to the engine, which gives the usual answer; queries
 * change nothing, so running one again there is safe.
 */
@ApplicationScoped
public class LeanQueries {

    private static final Logger LOG = Logger.getLogger(LeanQueries.class);
    private static final JsonFactory JSON = new JsonFactory();

    private final Instance<GraphQLSchema> schema;
    private final Plans plans;
    private final CurrentSelection selection;
    private final boolean enabled;
    private final Counter answered;
    private final Counter handedOver;

    LeanQueries(Instance<GraphQLSchema> schema, Plans plans, CurrentSelection selection, MeterRegistry metrics,
            GraphQLConfig config) {
        this.schema = schema;
        this.plans = plans;
        this.selection = selection;
        this.enabled = config.leanQueries();
        this.answered = metrics.counter("envoys.graphql.lean", "outcome", "answered");
        this.handedOver = metrics.counter("envoys.graphql.lean", "outcome", "handed-over");
    }

    /** Whether the operation to run (null when the document leaves it open) is a query this class may answer. */
    public boolean accepts(OperationDefinition operation) {
        return enabled && operation != null && operation.getOperation() == OperationDefinition.Operation.QUERY;
    }

    /**
     * The whole response as UTF-8 JSON: the data, or, when the database failed the only root field (unavailable or
     * too slow), that error as the engine would report it; asking the engine again would only wait twice as long.
     *
     * @param coerced the request's variables, coerced to the operation's variable types (those that {@code @skip} and
     *     {@code @include} read shape the plan)
     * @throws RuntimeException when the engine must answer instead: {@link NotLean}, or an error the engine reports
     */
    public LeanAnswer execute(Document document, OperationDefinition operation, CoercedVariables coerced)
            throws IOException {
        Plan plan = null;
        try {
            plan = plans.of(document, operation.getName(), coerced);
            if (plan.notLean() != null) {
                throw new NotLean(plan.notLean());
            }
            byte[] response = write(plan, resolve(plan.calls(), coerced));
            answered.increment();
            return new LeanAnswer(response, true);
        } catch (ApiException failure) {
            if (plan != null && plan.calls().size() == 1
                    && (failure.code() == ErrorCode.UNAVAILABLE || failure.code() == ErrorCode.TIMEOUT)) {
                answered.increment();
                return databaseFailure(schema.get(), plan.operation(), failure);
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

    private List<Object> resolve(List<RootCall> calls, CoercedVariables coerced) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            List<Object> values = new ArrayList<>(calls.size());
            for (RootCall call : calls) {
                values.add(call == null ? null : resolve(call, coerced));
            }
            return values;
        } finally {
            selection.set(null);
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    private Object resolve(RootCall call, CoercedVariables coerced) {
        selection.set(call.selection());
        return call.field().resolve(call.arguments(coerced));
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

    /** A response body, and whether it has data (without, clients of the GraphQL response type get a 400). */
    public record LeanAnswer(byte[] body, boolean hasData) {
    }
}
