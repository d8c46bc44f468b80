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
import com.fasterxml.jackson.core.json.JsonWriteFeature;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.execution.CoercedVariables;
import graphql.execution.ResultPath;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import io.envoys.graphql.AnswerSize;
import io.envoys.graphql.CurrentSelection;
import io.envoys.graphql.ErrorMapper;
import io.envoys.graphql.GraphQLConfig;
import io.envoys.graphql.cost.CostExtension;
import io.envoys.graphql.cost.Estimate;
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
 * each, so nothing below them needs resolving. A field that fails (bad input, the database unavailable or too slow,
 * or anything unexpected) is answered here with its coded error, mapped as the engine maps it, and never runs a second
 * time. Shapes this does not serve (mutations, introspection, limits exceeded) go to the engine before anything runs;
 * so does a value the writer cannot write as the engine would, which would be a bug of ours.
 */
@ApplicationScoped
public class LeanQueries {

    private static final Logger LOG = Logger.getLogger(LeanQueries.class);
    /**
     * Writes characters outside the Basic Multilingual Plane (emoji) as their four UTF-8 bytes, as the engine does,
     * rather than as an escaped surrogate pair: the answers stay equal byte for byte, and the size cap means the same.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    /** Queries by outcome (answered, handed-over) and the cause of a hand-over (see {@link NotLean}). */
    private static final String METRIC = "envoys.graphql.lean";

    private final Plans plans;
    private final CurrentSelection selection;
    private final boolean enabled;
    private final int maxResponseBytes;
    private final MeterRegistry metrics;
    private final Counter answered;

    LeanQueries(Plans plans, CurrentSelection selection, MeterRegistry metrics,
            GraphQLConfig config) {
        this.plans = plans;
        this.selection = selection;
        this.enabled = config.leanQueries();
        this.maxResponseBytes = config.maxResponseBytes();
        this.metrics = metrics;
        this.answered = metrics.counter(METRIC, "outcome", "answered", "cause", "none");
    }

    /**
     * Whether the engine must answer after {@link #execute} failed this way: only for a shape the lean path does not
     * serve, which it finds before any statement runs. Any other failure is answered as it is, never run again.
     */
    public static boolean handsOver(Throwable failure) {
        return failure instanceof NotLean;
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
     * @param documentWeight the document's weight in the caches (io.envoys.graphql.CacheWeights#document)
     * @param coerced the request's variables, coerced to the operation's variable types (those that {@code @skip} and
     *     {@code @include} read shape the plan)
     * @param cost the query's estimate, written in {@code extensions.cost}
     * @throws RuntimeException when the engine must answer instead, a shape the lean path does not serve
     *     ({@link #handsOver}), or a failure nobody expected, which the caller answers without running it again
     */
    public LeanAnswer execute(Document document, int documentWeight, OperationDefinition operation,
            CoercedVariables coerced, Estimate cost) throws IOException {
        try {
            Plan plan = plans.of(document, documentWeight, operation.getName(), coerced);
            if (plan.notLean() != null) {
                throw plan.notLean();
            }
            List<Outcome> outcomes = resolve(plan.calls(), coerced);
            LeanAnswer answer;
            try {
                answer = write(plan, outcomes, cost);
            } catch (BoundedBuffer.TooLarge tooLarge) {
                answer = tooLarge(tooLarge.maxBytes(), cost);
            }
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
     * Each root field's value, or the coded error it failed with, mapped as the engine maps a failed field (bad input,
     * a database that failed or took too long, or INTERNAL with a log reference): a field that failed is answered here
     * as the engine would answer it, never run a second time there. Every field's arguments are converted first, so
     * one that does not convert hands the query to the engine before any field has run.
     */
    private List<Outcome> resolve(List<RootCall> calls, CoercedVariables coerced) {
        List<Object[]> parameters = new ArrayList<>(calls.size());
        for (RootCall call : calls) {
            parameters.add(call == null ? null : call.parameters(coerced));
        }
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            List<Outcome> outcomes = new ArrayList<>(calls.size());
            for (int i = 0; i < calls.size(); i++) {
                outcomes.add(calls.get(i) == null ? Outcome.NONE : resolve(calls.get(i), parameters.get(i)));
            }
            return outcomes;
        } finally {
            selection.set(null);
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    private Outcome resolve(RootCall call, Object[] parameters) {
        selection.set(call.selection());
        try {
            return new Outcome(call.field().resolve(parameters), null);
        } catch (RuntimeException failed) {
            ResultPath path = ResultPath.rootPath().segment(call.resultKey());
            return new Outcome(null, ErrorMapper.map(new ExceptionWhileDataFetching(path, failed, call.location())));
        }
    }

    /**
     * The response as the engine would write it (GraphQL spec, section 7.1): the errors of the refused fields first,
     * then the data, with null for a refused field, or no data at all when a refused field may not be null.
     */
    private LeanAnswer write(Plan plan, List<Outcome> outcomes, Estimate cost) throws IOException {
        List<ExecutableNormalizedField> fields = plan.operation().getTopLevelFields();
        boolean withData = true;
        BoundedBuffer buffered = new BoundedBuffer(plan.responseSize().get() + 256, maxResponseBytes);
        try (JsonGenerator json = JSON.createGenerator(buffered)) {
            json.writeStartObject();
            List<GraphQLError> errors = outcomes.stream().map(Outcome::refusal).filter(Objects::nonNull).toList();
            if (!errors.isEmpty()) {
                json.writeFieldName("errors");
                json.writeRawValue(new JsonArray(errors.stream().map(GraphQLError::toSpecification).toList()).encode());
                for (int i = 0; i < outcomes.size(); i++) {
                    withData &= outcomes.get(i).refusal() == null || plan.calls().get(i).nullable();
                }
            }
            json.writeFieldName("data");
            if (withData) {
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
            writeCost(json, cost);
            json.writeEndObject();
        }
        plan.responseSize().set(buffered.size());
        return new LeanAnswer(buffered.toByteArray());
    }

    /**
     * The answer when the data grew past the configured size: one RESPONSE_TOO_LARGE error and null data, as for a
     * field that failed (a 200; GraphQL over HTTP, section 6.4.2).
     */
    private static LeanAnswer tooLarge(int maxBytes, Estimate cost) throws IOException {
        ByteArrayOutputStream buffered = new ByteArrayOutputStream(512);
        try (JsonGenerator json = JSON.createGenerator(buffered)) {
            json.writeStartObject();
            json.writeFieldName("errors");
            json.writeRawValue(new JsonArray().add(AnswerSize.tooLarge(maxBytes).toSpecification()).encode());
            json.writeFieldName("data");
            json.writeNull();
            writeCost(json, cost);
            json.writeEndObject();
        }
        return new LeanAnswer(buffered.toByteArray());
    }

    /** {@code "extensions": {"cost": {"estimate": …, "budget": …}}}, as {@link CostExtension} adds to the engine's. */
    private static void writeCost(JsonGenerator json, Estimate cost) throws IOException {
        if (cost == null) {
            return;
        }
        json.writeFieldName("extensions");
        json.writeStartObject();
        json.writeFieldName(CostExtension.KEY);
        json.writeRawValue(new JsonObject(cost.extension()).encode());
        json.writeEndObject();
    }

    /** A root field's value, or the coded error it failed with. */
    private record Outcome(Object value, GraphQLError refusal) {

        /** The outcome of {@code __typename}, whose writer needs no value. */
        static final Outcome NONE = new Outcome(null, null);
    }

    /**
     * A response body. It always has the data entry, null when a non-null field failed, so it is a 200 for either
     * media type (GraphQL over HTTP, section 6.4.2), as the engine's answer is.
     */
    public record LeanAnswer(byte[] body) {
    }
}
