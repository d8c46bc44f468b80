package io.envoys.graphql.cost;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.language.SourceLocation;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.envoys.error.ApiException;
import io.envoys.error.CodedError;
import io.envoys.graphql.CacheWeights;
import io.envoys.graphql.GraphQLConfig;
import io.envoys.read.ConnectionReads;
import io.envoys.validation.ListBounds;

/**
 * The cost of a query before anything runs: the largest number of objects its answer can hold. Each field that
 * returns objects counts once per object it can appear in; a list multiplies by its largest length: a connection's
 * {@code nodes} and {@code edges} by the connection's {@code first} or {@code last} (or the default size), a list
 * that validation bounds by that bound ({@link ListBounds}). Aliases count as separate fields and fragments are merged, as the answer has them
 * (the operation is normalised first, {@code @skip} and {@code @include} applied). This is the upper bound of Cha et
 * al., "A Principled Approach to GraphQL Query Cost Analysis" (ESEC/FSE 2020), which GitHub's node limit also applies.
 * Introspection ({@code __schema}, {@code __type}) counts the objects it returns over the served schema
 * ({@link IntrospectionCount}). On the way, a connection's page arguments that the read
 * room would refuse ({@link ConnectionReads}) are noted as a request error at that field. Estimates are kept by document, operation and variable
 * values in a cache bounded by the text it keeps alive ({@link io.envoys.graphql.CacheWeights}; requests with long
 * variable values are not kept), so a repeated request is not normalised again.
 */
@ApplicationScoped
public class QueryCost {

    private static final String CONNECTION = "Connection";
    /**
     * Fields one value of which may be as long as a thousand others: an article's text holds up to 100,000
     * characters, where a name or a date holds tens. Each counts as {@value #LONG_TEXT_VALUES} values, so that a list
     * of long texts meets the value budget and the engine's admission as its size deserves.
     */
    private static final Set<String> LONG_TEXTS = Set.of("Article.text");
    private static final long LONG_TEXT_VALUES = 1_000;

    private final Instance<GraphQLSchema> schema;
    private final long budget;
    private final long maxValues;
    private final Cache<Request, Estimate> estimates;

    QueryCost(Instance<GraphQLSchema> schema, GraphQLConfig config) {
        this.schema = schema;
        this.budget = config.maxCost();
        this.maxValues = config.maxValues();
        this.estimates = Caffeine.newBuilder().maximumWeight(config.planCacheCharacters())
                .weigher((Request request, Estimate estimate) -> request.weight()).build();
    }

    /**
     * The estimate of one operation of a validated document, with the request's coerced variables; null when the
     * operation is too large to normalise, which the engine then refuses by its field limit before running anything.
     *
     * @throws RuntimeException that is a {@link graphql.GraphQLError} when an argument value does not coerce (a
     *     request error, answered before anything runs)
     */
    public Estimate of(Document document, int documentWeight, String operationName, CoercedVariables variables) {
        int variableCharacters = CacheWeights.variableCharacters(variables.toMap());
        Request request = new Request(document, operationName, variables.toMap(), documentWeight + variableCharacters);
        Estimate known = estimates.getIfPresent(request);
        if (known != null) {
            return known;
        }
        Estimate estimate = estimate(document, operationName, variables);
        if (estimate != null && CacheWeights.keepable(variableCharacters)) {
            estimates.put(request, estimate);
        }
        return estimate;
    }

    private Estimate estimate(Document document, String operationName, CoercedVariables variables) {
        GraphQLSchema served = schema.get();
        ExecutableNormalizedOperation operation;
        try {
            operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(served, document,
                    operationName, variables);
        } catch (AbortExecutionException tooLarge) {
            return null;
        }
        Tally tally = new Tally(budget);
        count(served, operation, operation.getTopLevelFields(), 1, "", tally);
        return new Estimate(tally.objects, budget, tally.widest, tally.widestAt, tally.widestObjects,
                tally.widestIsPage, tally.badArgument, tally.values, maxValues);
    }

    private static void count(GraphQLSchema served, ExecutableNormalizedOperation operation,
            List<ExecutableNormalizedField> fields, long parents, String path, Tally tally) {
        for (ExecutableNormalizedField field : fields) {
            long values = times(parents, field.getObjectTypeNames().stream().anyMatch(type -> LONG_TEXTS.contains(type
                    + "." + field.getName())) ? LONG_TEXT_VALUES : 1);
            tally.values = tally.values > Long.MAX_VALUE - values ? Long.MAX_VALUE : tally.values + values;
            if (field.getName().equals("__schema") || field.getName().equals("__type")) {
                long objects = times(parents, IntrospectionCount.of(served, field, tally.limit));
                tally.list(field.getResultKey(), operation.getMergedField(field).getSingleField().getSourceLocation(),
                        objects, false, 1);
                tally.add(objects);
                continue;
            }
            GraphQLFieldDefinition definition = field.getFieldDefinitions(served).get(0);
            GraphQLOutputType type = (GraphQLOutputType) GraphQLTypeUtil.unwrapNonNull(definition.getType());
            if (!(GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLObjectType object)) {
                continue;
            }
            String here = path.isEmpty() ? field.getResultKey() : path + "." + field.getResultKey();
            if (object.getName().endsWith(CONNECTION) && tally.badArgument == null) {
                tally.badArgument = badPage(here, field, operation);
            }
            boolean list = type instanceof GraphQLList;
            long objects = list ? times(parents, length(field)) : parents;
            long before = tally.objects;
            tally.add(objects);
            count(served, operation, field.getChildren(), objects, here, tally);
            if (list && !(isPage(field) && length(field) <= 1)) {
                tally.list(here, operation.getMergedField(field).getSingleField().getSourceLocation(),
                        tally.objects - before, isPage(field), isPage(field) ? length(field) : 1);
            }
        }
    }

    /** The request error for a connection field's page arguments the read room would refuse, at the field; or null. */
    private static GraphQLError badPage(String path, ExecutableNormalizedField field,
            ExecutableNormalizedOperation operation) {
        try {
            ConnectionReads.checkPage(path, field.getResolvedArguments());
            return null;
        } catch (ApiException refused) {
            return CodedError.at(operation.getMergedField(field).getSingleField(), refused.code(),
                    refused.getMessage());
        }
    }

        private static long times(long parents, long length) {
        try {
            return Math.multiplyExact(parents, length);
        } catch (ArithmeticException beyondLong) {
            return Long.MAX_VALUE;
        }
    }

    /** Whether a list field is a connection's page ({@code nodes} or {@code edges}), whose length first or last sets. */
    private static boolean isPage(ExecutableNormalizedField field) {
        return field.getSingleObjectTypeName().endsWith(CONNECTION) && field.getParent() != null;
    }

    /** The most items a list field can hold. */
    private static long length(ExecutableNormalizedField field) {
        if (isPage(field)) {
            Map<String, Object> arguments = field.getParent().getResolvedArguments();
            Object size = arguments.get("first") != null ? arguments.get("first") : arguments.get("last");
            if (size == null) {
                return ListBounds.PAGE_DEFAULT;
            }
            return size instanceof Number number ? Math.max(0, Math.min(number.longValue(), ListBounds.PAGE_MAX))
                    : ListBounds.PAGE_MAX;
        }
        Integer bound = ListBounds.of(field.getSingleObjectTypeName() + "." + field.getName());
        return bound == null ? ListBounds.PAGE_MAX : bound;
    }

    /**
     * A request's document (shared per query text by the gate, so compared by identity), operation and variables, and
     * its weight: the characters of query and variable text it keeps alive, which the rest determines.
     */
    private record Request(Document document, String operationName, Map<String, Object> variables, int weight) {
    }

    /** The running totals of one estimate. */
    private static final class Tally {

        /** The budget: an introspection count stops just past it. */
        private final long limit;
        private long objects;
        /** Field values, each field once per object it is selected on. */
        private long values;
        private String widest;
        private SourceLocation widestAt;
        private GraphQLError badArgument;
        private long widestObjects;
        private long widestSaved;
        private boolean widestIsPage;

        Tally(long limit) {
            this.limit = limit;
        }

        void add(long more) {
            objects = objects > Long.MAX_VALUE - more ? Long.MAX_VALUE : objects + more;
        }

        /**
         * Keeps the place where narrowing saves the most: among pages of more than one item, the one whose first (or
         * last) cut to one would remove the most objects ({@code below}, the objects of the page and under it, times
         * (size - 1) / size); a list that takes no first only while there is no such page, the one holding the most.
         */
        void list(String path, SourceLocation at, long below, boolean page, long size) {
            long saved = page ? below / size * (size - 1) : below;
            boolean better = page == widestIsPage ? saved > widestSaved : page;
            if (widest == null || better) {
                widest = path;
                widestAt = at;
                widestObjects = below;
                widestSaved = saved;
                widestIsPage = page;
            }
        }
    }
}
