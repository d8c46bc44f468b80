package io.envoys.graphql.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import graphql.AssertException;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.CoercedVariables;
import graphql.execution.NonNullableValueCoercedAsNullException;
import graphql.execution.RawVariables;
import graphql.execution.TypeFromAST;
import graphql.execution.ValuesResolver;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.envoys.error.CodedError;
import io.envoys.error.ErrorCode;
import io.envoys.graphql.ErrorMapper;
import io.envoys.graphql.scalar.InputKinds;

/**
 * Coerces a request's variables to the operation's variable types (GraphQL spec, section 6.1.2:
 * CoerceVariableValues) before anything runs, so that a wrong value is a request error with a code: values of the
 * declared types (the schema's scalars are strict: {@code graphql/scalar}), and no null where {@code @skip} or {@code @include}
 * reads a condition (their {@code if} is a {@code Boolean!}: a nullable variable with a default may stand there, but an
 * explicit null for it cannot; spec section 5.8.5).
 */
@ApplicationScoped
class VariableValues {

    private final Instance<GraphQLSchema> schema;

    VariableValues(Instance<GraphQLSchema> schema) {
        this.schema = schema;
    }

    /** The coerced variables of the operation to run of {@code document}, or the coded errors that refuse them. */
    Result coerce(Document document, OperationDefinition operation, Map<String, Object> variables) {
        GraphQLSchema served = schema.get();
        CoercedVariables coerced;
        try {
            coerced = ValuesResolver.coerceVariableValues(served, operation.getVariableDefinitions(),
                    RawVariables.of(variables), GraphQLContext.getDefault(), Locale.ENGLISH);
        } catch (RuntimeException wrongValue) {
            if (!(wrongValue instanceof GraphQLError error)) {
                throw wrongValue;
            }
            return new Result(null, List.of(located(served, operation, variables, ErrorMapper.map(error))));
        }
        CodedError problem = null;
        List<Node<?>> parts = new ArrayList<>(List.of(operation));
        Set<String> used = Operations.fragmentsUsedBy(document, operation);
        document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .filter(fragment -> used.contains(fragment.getName())).forEach(parts::add);
        for (int i = 0; problem == null && i < parts.size(); i++) {
            problem = nullCondition(parts.get(i), coerced);
        }
        return problem == null ? new Result(coerced, List.of()) : new Result(null, List.of(problem));
    }

    /**
     * The error as graphql-java reported it when it names the variable and where it is declared; otherwise (a field
     * an input object does not define, for one) the same error prefixed with the variable whose value it is and at
     * that variable's definition, found by coercing each variable alone. An enum or input-object variable sent as
     * another JSON kind is told what it takes instead of graphql-java's words, which echo Java's rendering of the
     * value ("No value found for name '{a=1}'") or name Java's types.
     */
    private static GraphQLError located(GraphQLSchema served, OperationDefinition operation,
            Map<String, Object> variables, GraphQLError error) {
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            try {
                ValuesResolver.coerceVariableValues(served, List.of(definition), RawVariables.of(variables),
                        GraphQLContext.getDefault(), Locale.ENGLISH);
            } catch (RuntimeException wrongValue) {
                String name = definition.getName();
                String takes = takes(GraphQLTypeUtil.unwrapAll(TypeFromAST.getTypeFromAST(served,
                        definition.getType())), variables.get(name));
                if (takes == null && error.getLocations() != null && !error.getLocations().isEmpty()) {
                    return error;
                }
                ErrorCode code = error.getErrorType() instanceof ErrorCode coded ? coded : ErrorCode.BAD_USER_INPUT;
                return new CodedError(code, "variable '" + name + "' " + (takes != null ? takes
                        : "has a wrong value: " + error.getMessage()), definition.getSourceLocation() == null ? null
                                : List.of(definition.getSourceLocation()), null);
            }
        }
        return error;
    }

    /** What a variable of this enum or input-object type takes, when {@code value} is another JSON kind; else null. */
    private static String takes(GraphQLNamedType type, Object value) {
        if (type instanceof GraphQLEnumType enumType && !(value instanceof String)) {
            List<String> names = enumType.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();
            return "takes one of " + String.join(", ", names.subList(0, names.size() - 1)) + " or "
                    + names.get(names.size() - 1) + ", written as a string; it was " + InputKinds.describe(value);
        }
        if (type instanceof GraphQLInputObjectType && !(value instanceof Map<?, ?>)) {
            return "takes an input object, { \"field\": value }; it was " + InputKinds.describe(value);
        }
        return null;
    }

    /** The error, at the directive, when a {@code @skip} or {@code @include} condition is a variable sent as null. */
    private static CodedError nullCondition(Node<?> node, CoercedVariables coerced) {
        if (node instanceof Directive directive
                && (directive.getName().equals("skip") || directive.getName().equals("include"))
                && directive.getArgument("if") != null
                && directive.getArgument("if").getValue() instanceof VariableReference variable
                && coerced.containsKey(variable.getName()) && coerced.get(variable.getName()) == null) {
            return CodedError.at(directive, ErrorCode.BAD_USER_INPUT, "variable '" + variable.getName()
                    + "' is null, but @" + directive.getName() + "(if:) takes true or false: send a boolean, or leave"
                    + " the variable out to use its default");
        }
        for (Node<?> child : node.getChildren()) {
            CodedError problem = nullCondition(child, coerced);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /**
     * The request error for a variable sent as null that stands where a value is required (a non-null argument or
     * input-object field, where a variable with a default may stand): graphql-java meets it only while normalising the
     * operation, and then fails an internal assertion or reports the argument without a location or the variable
     * (spec section 6.4.1 makes it an error at the variable). Null when {@code failure} is not that.
     */
    static GraphQLError nullWhereRequired(RuntimeException failure, OperationDefinition operation,
            CoercedVariables coerced) {
        List<String> nulls = coerced.toMap().entrySet().stream().filter(entry -> entry.getValue() == null)
                .map(Map.Entry::getKey).sorted().toList();
        if (!(failure instanceof AssertException || failure instanceof NonNullableValueCoercedAsNullException)
                || nulls.isEmpty()) {
            return null;
        }
        return new CodedError(ErrorCode.BAD_USER_INPUT, "variable " + nulls.stream().map(name -> "'" + name + "'")
                .collect(Collectors.joining(", ")) + " is null where a value is required: send a value, or leave the"
                + " variable out to use its default", operation.getVariableDefinitions().stream()
                .filter(definition -> nulls.contains(definition.getName()))
                .map(VariableDefinition::getSourceLocation).filter(Objects::nonNull).toList(), null);
    }

    /** The coerced variables (and no errors), or null and the errors to answer with. */
    record Result(CoercedVariables coerced, List<GraphQLError> errors) {
    }
}
