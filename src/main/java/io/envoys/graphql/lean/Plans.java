package io.envoys.graphql.lean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.analysis.QueryTraverser;
import graphql.execution.CoercedVariables;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.VariableReference;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.envoys.graphql.GraphQLConfig;
import io.envoys.read.Selection;

/**
 * The lean executor's plans, one per request shape: the document, the operation name, and the values of the
 * variables that {@code @skip} and {@code @include} read (they decide which fields exist). Other variable values
 * (ids, cursors, filters) reach only the arguments, which each request coerces for itself, so they make no new plan.
 * Plans are kept in a bounded cache (Caffeine, which evicts by frequency and recency).
 */
@ApplicationScoped
class Plans {

    /** A shaping variable the request leaves out (and that has no default): not the same as an explicit null. */
    private static final Object ABSENT = new Object();

    private final Instance<GraphQLSchema> schema;
    private final RootFields rootFields;
    private final int maxDepth;
    private final int maxFields;
    private final Cache<Shape, Plan> plans;
    /** The names of the variables each document's {@code @skip} and {@code @include} directives read. */
    private final Cache<Document, List<String>> shapeVariables;

    Plans(Instance<GraphQLSchema> schema, RootFields rootFields, GraphQLConfig config) {
        this.schema = schema;
        this.rootFields = rootFields;
        this.maxDepth = config.maxDepth();
        this.maxFields = config.maxFields();
        this.plans = Caffeine.newBuilder().maximumSize(config.planCacheSize()).build();
        this.shapeVariables = Caffeine.newBuilder().weakKeys().maximumSize(config.planCacheSize()).build();
    }

    /** The plan of this request's shape, made on first use; {@code coerced} are the request's variables, coerced. */
    Plan of(Document document, String operationName, CoercedVariables coerced) {
        List<String> names = shapeVariables.get(document, Plans::directiveVariables);
        Map<String, Object> shaping = new HashMap<>();
        names.forEach(name -> shaping.put(name, coerced.containsKey(name) ? coerced.get(name) : ABSENT));
        return plans.get(new Shape(document, operationName, shaping),
                shape -> plan(shape.document(), operationName, coerced));
    }

    private Plan plan(Document document, String operationName, CoercedVariables coerced) {
        GraphQLSchema served = schema.get();
        String overLimits = overLimits(served, document, operationName, coerced);
        if (overLimits != null) {
            return Plan.handOver(new NotLean(NotLean.OVER_LIMITS, overLimits));
        }
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

    /** Why the engine must refuse this shape (over its depth or field limits), or null; the engine gives the error. */
    private String overLimits(GraphQLSchema served, Document document, String operationName,
            CoercedVariables coerced) {
        QueryTraverser traverser = QueryTraverser.newQueryTraverser().schema(served).document(document)
                .operationName(operationName).coercedVariables(coerced).build();
        int[] fieldsAndDepth = traverser.reducePreOrder((field, acc) -> {
            int depth = 1;
            for (var parent = field.getParentEnvironment(); parent != null; parent = parent.getParentEnvironment()) {
                depth++;
            }
            return new int[] {acc[0] + 1, Math.max(acc[1], depth)};
        }, new int[] {0, 0});
        return fieldsAndDepth[0] > maxFields || fieldsAndDepth[1] > maxDepth ? "over the query limits" : null;
    }

    private static List<String> directiveVariables(Document document) {
        List<String> names = new ArrayList<>();
        collect(document, names);
        return List.copyOf(names);
    }

    private static void collect(Node<?> node, List<String> names) {
        if (node instanceof Directive directive
                && (directive.getName().equals("skip") || directive.getName().equals("include"))) {
            for (Argument argument : directive.getArguments()) {
                if (argument.getValue() instanceof VariableReference variable && !names.contains(variable.getName())) {
                    names.add(variable.getName());
                }
            }
        }
        for (Node<?> child : node.getChildren()) {
            collect(child, names);
        }
    }

    /** How many plans are kept now. */
    long size() {
        plans.cleanUp();
        return plans.estimatedSize();
    }

    /** A request shape; documents are shared per query text by the gate, so they compare by identity. */
    private record Shape(Document document, String operationName, Map<String, Object> shapeVariables) {
    }
}
