package io.envoys.graphql.lean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.execution.CoercedVariables;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.VariableReference;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.envoys.graphql.CacheWeights;
import io.envoys.graphql.GraphQLConfig;
import io.envoys.read.Selection;

/**
 * The lean executor's plans, one per request shape: the document, the operation name, and the values of the
 * variables that {@code @skip} and {@code @include} read (they decide which fields exist) or that arguments below the
 * root read (a nested connection's page size or cursor: the plan's selection holds those pages' arguments). The
 * variables of root fields' arguments (ids, cursors, filters) reach only those arguments, which each request coerces
 * for itself, so they make no new plan.
 * Plans are kept in a cache bounded by weight ({@link CacheWeights}: the query text a plan keeps alive, its shaping
 * variables' text and its normalised fields; Caffeine evicts by frequency and recency); a plan whose shaping variables
 * hold more text than {@link CacheWeights#CACHED_VARIABLE_CHARACTERS} is made for its request and not kept.
 */
@ApplicationScoped
class Plans {

    /** A shaping variable the request leaves out (and that has no default): not the same as an explicit null. */
    private static final Object ABSENT = new Object();

    private final Instance<GraphQLSchema> schema;
    private final RootFields rootFields;
    private final Cache<Shape, Plan> plans;
    /** The names of the variables that shape each document's plans (see above). */
    private final Cache<Document, List<String>> shapeVariables;

    Plans(Instance<GraphQLSchema> schema, RootFields rootFields, GraphQLConfig config) {
        this.schema = schema;
        this.rootFields = rootFields;
        this.plans = Caffeine.newBuilder().maximumWeight(config.planCacheCharacters())
                .weigher((Shape shape, Plan plan) -> shape.weight() + CacheWeights.NORMALISED_FIELD
                        * (plan.operation() == null ? 0 : plan.operation().getOperationFieldCount()))
                .build();
        this.shapeVariables = Caffeine.newBuilder().weakKeys().maximumWeight(config.planCacheCharacters())
                .weigher((Document document, List<String> names) -> 1 + names.size()).build();
    }

    /**
     * The plan of this request's shape, made on first use; {@code documentWeight} is the document's weight
     * ({@link CacheWeights#document}), {@code coerced} the request's variables, coerced.
     */
    Plan of(Document document, int documentWeight, String operationName, CoercedVariables coerced) {
        List<String> names = shapeVariables.get(document, Plans::shapingVariables);
        Map<String, Object> shaping = new HashMap<>();
        names.forEach(name -> shaping.put(name, coerced.containsKey(name) ? coerced.get(name) : ABSENT));
        int variableCharacters = CacheWeights.variableCharacters(shaping);
        if (!CacheWeights.keepable(variableCharacters)) {
            return plan(document, operationName, coerced);
        }
        return plans.get(new Shape(document, operationName, shaping, documentWeight + variableCharacters),
                shape -> plan(shape.document(), operationName, coerced));
    }

    private Plan plan(Document document, String operationName, CoercedVariables coerced) {
        GraphQLSchema served = schema.get();
        ExecutableNormalizedOperation operation = ExecutableNormalizedOperationFactory
                .createExecutableNormalizedOperation(served, document, operationName, coerced);
        GraphQLObjectType queryType = served.getQueryType();
        List<RootCall> calls = new ArrayList<>();
        List<ResultWriter> writers = new ArrayList<>();
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            if (field.getName().equals("__typename")) {
                calls.add(null);
                writers.add((out, value) -> out.writeString(queryType.getName()));
                continue;
            }
            RootField root = rootFields.get(field.getName());
            if (root == null) {
                return Plan.handOver(new NotLean(NotLean.ENGINE_ONLY_FIELD, "no lean root field " + field.getName()));
            }
            GraphQLFieldDefinition definition = queryType.getFieldDefinition(field.getName());
            Field written = operation.getMergedField(field).getSingleField();
            calls.add(new RootCall(root, served.getCodeRegistry(), definition.getArguments(),
                    written.getArguments(), Selection.of(field), field.getResultKey(), written.getSourceLocation(),
                    !(definition.getType() instanceof GraphQLNonNull)));
            writers.add(ResultWriter.of(field, definition.getType()));
        }
        return Plan.of(operation, calls, writers);
    }

    private static List<String> shapingVariables(Document document) {
        Set<String> names = new LinkedHashSet<>();
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            collect(operation.getSelectionSet(), true, names);
        }
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            // a fragment may be spread at the root or below it: its arguments count as below
            collect(fragment.getSelectionSet(), false, names);
        }
        return List.copyOf(names);
    }

    private static void collect(Node<?> node, boolean root, Set<String> names) {
        if (node instanceof Directive directive
                && (directive.getName().equals("skip") || directive.getName().equals("include"))) {
            variables(directive, names);
            return;
        }
        if (node instanceof Field field) {
            if (!root) {
                field.getArguments().forEach(argument -> variables(argument, names));
            }
            field.getDirectives().forEach(directive -> collect(directive, false, names));
            if (field.getSelectionSet() != null) {
                collect(field.getSelectionSet(), false, names);
            }
            return;
        }
        for (Node<?> child : node.getChildren()) {
            collect(child, root, names);
        }
    }

    /** The variables a value reads, in input objects and lists too. */
    private static void variables(Node<?> node, Set<String> names) {
        if (node instanceof VariableReference variable) {
            names.add(variable.getName());
        }
        for (Node<?> child : node.getChildren()) {
            variables(child, names);
        }
    }

    /** How many plans are kept now. */
    long size() {
        plans.cleanUp();
        return plans.estimatedSize();
    }

    /**
     * A request shape; documents are shared per query text by the gate, so they compare by identity. Its weight, the
     * characters of query and variable text it keeps alive, follows from the rest.
     */
    private record Shape(Document document, String operationName, Map<String, Object> shapeVariables, int weight) {
    }
}
