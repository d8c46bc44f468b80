package io.envoys.graphql.lean;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import io.envoys.error.ApiException;
import io.envoys.error.CodedError;
import io.envoys.graphql.CurrentSelection;
import io.envoys.graphql.GraphQLConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.vertx.core.json.JsonArray;

/**
 * Answers queries without the per-field machinery of the GraphQL engine: the request's shape is planned once
 * ({@link Plans}), each root field's own {@code @Query} method is called with this request's arguments and selection,
 * and the returned views are written straight to JSON. The methods already load every requested level in one statement
 * each, so nothing below them needs resolving. A refused field (bad input, the database unavailable or too slow) is
 * answered here with its coded error, as the engine would. Shapes this does not serve (mutations, introspection,
 * limits exceeded) go to the engine before anything runs; so does a failure nobody expected, with the engine's
 * INTERNAL answer and log entry.
 */
@ApplicationScoped
public class LeanQueries {

    private static final Logger LOG = Logger.getLogger(LeanQueries.class);
    private static final JsonFactory JSON = new JsonFactory();
    /** Queries by outcome (answered, handed-over) and the cause of a hand-over (see {@link NotLean}). */
    private static final String METRIC = "envoys.graphql.lean";

    private final Plans plans;
    private final CurrentSelection selection;
    private final boolean enabled;
    private final MeterRegistry metrics;
    private final Counter answered;

    LeanQueries(Plans plans, CurrentSelection selection, MeterRegistry metrics,
            GraphQLConfig config) {
        this.plans = plans;
        this.selection = selection;
        this.enabled = config.leanQueries();
        this.metrics = metrics;
        this.answered = metrics.counter(METRIC, "outcome", "answered", "cause", "none");
    }

    /** Whether the operation to run (null when the document leaves it open) is a query this class may answer. */
    public boolean accepts(OperationDefinition operation) {
        return enabled && operation != null && operation.getOperation() == OperationDefinition.Operation.QUERY;
    }

    /**
     * The whole response as UTF-8 JSON, as the engine would give it: the data, and the coded error of each root field
     * that was refused (bad input, a database that is unavailable or too slow). A refused query is never run a
     * second time by the engine.
     *
     * @param coerced the request's variables, coerced to the operation's variable types (those that {@code @skip} and
     *     {@code @include} read shape the plan)
     * @throws RuntimeException when the engine must answer instead: a shape the lean path does not serve
     *     ({@link NotLean}), or a failure nobody expected
     */
    public LeanAnswer execute(Document document, OperationDefinition operation, CoercedVariables coerced)
            throws IOException {
        try {
            Plan plan = plans.of(document, operation.getName(), coerced);
            if (plan.notLean() != null) {
                throw plan.notLean();
            }
            LeanAnswer answer = write(plan, resolve(plan.calls(), coerced));
            answered.increment();
            return answer;
        } catch (RuntimeException failure) {
            String cause = failure instanceof NotLean notLean ? notLean.cause() : "unexpected";
            metrics.counter(METRIC, "outcome", "handed-over", "cause", cause).increment();
            LOG.debugf("Query handed over to the GraphQL engine: %s", failure);
            throw failure;
        }
    }

    /**
     * Each root field's value, or its refusal (bad input, a database that failed or took too long): a refused field
     * is answered here as the engine would answer it, never run a second time there.
     */
    private List<Outcome> resolve(List<RootCall> calls, CoercedVariables coerced) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            List<Outcome> outcomes = new ArrayList<>(calls.size());
            for (RootCall call : calls) {
                outcomes.add(call == null ? Outcome.NONE : resolve(call, coerced));
            }
            return outcomes;
        } finally {
            selection.set(null);
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    private Outcome resolve(RootCall call, CoercedVariables coerced) {
        selection.set(call.selection());
        try {
            return new Outcome(call.field().resolve(call.arguments(coerced)), null);
        } catch (ApiException refused) {
            return new Outcome(null, new CodedError(refused.code(), refused.getMessage(), List.of(call.location()),
                    List.of(call.resultKey())));
        }
    }

    /**
     * The response as the engine would write it (GraphQL spec, section 7.1): the errors of the refused fields first,
     * then the data, with null for a refused field, or no data at all when a refused field may not be null.
     */
    private static LeanAnswer write(Plan plan, List<Outcome> outcomes) throws IOException {
        List<ExecutableNormalizedField> fields = plan.operation().getTopLevelFields();
        boolean hasData = true;
        ByteArrayOutputStream buffered = new ByteArrayOutputStream(plan.responseSize().get() + 256);
        try (JsonGenerator json = JSON.createGenerator(buffered)) {
            json.writeStartObject();
            List<CodedError> errors = outcomes.stream().map(Outcome::refusal).filter(Objects::nonNull).toList();
            if (!errors.isEmpty()) {
                json.writeFieldName("errors");
                json.writeRawValue(new JsonArray(errors.stream().map(CodedError::toSpecification).toList()).encode());
                for (int i = 0; i < outcomes.size(); i++) {
                    hasData &= outcomes.get(i).refusal() == null || plan.calls().get(i).nullable();
                }
            }
            json.writeFieldName("data");
            if (hasData) {
                json.writeStartObject();
                for (int i = 0; i < fields.size(); i++) {
                    json.writeFieldName(fields.get(i).getResultKey());
                    if (outcomes.get(i).refusal() == null) {
                        plan.writers().get(i).write(json, outcomes.get(i).value());
                    } else {
                        json.writeNull();
                    }
                }
                json.writeEndObject();
            } else {
                json.writeNull();
            }
            json.writeEndObject();
        }
        plan.responseSize().set(buffered.size());
        return new LeanAnswer(buffered.toByteArray(), hasData);
    }

    /** A root field's value, or the coded error that refused it. */
    private record Outcome(Object value, CodedError refusal) {

        /** The outcome of {@code __typename}, whose writer needs no value. */
        static final Outcome NONE = new Outcome(null, null);
    }

    /** A response body, and whether it has data (without, clients of the GraphQL response type get a 400). */
    public record LeanAnswer(byte[] body, boolean hasData) {
    }
}
