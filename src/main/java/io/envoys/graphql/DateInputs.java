package io.envoys.graphql;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.envoys.validation.Text;

/**
 * SmallRye's Date scalar takes any string (and even a number) while a request is validated, and fails on an impossible
 * date such as 2016-02-30 only while running, with a message about the whole input object. This finds such values
 * in a validated document or its variables before anything runs, and names the argument or variable that holds them.
 */
public final class DateInputs {

    private static final String DATE = "Date";
    private static final String RULE = "write dates as YYYY-MM-DD, such as 2016-12-13";

    private DateInputs() {
    }

    /** What is wrong with the document's date literals, or null when nothing is: checked once per document. */
    public static String literalProblem(GraphQLSchema schema, Document document) {
        Literals literals = new Literals(schema, document);
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            GraphQLType root = operation.getOperation() == OperationDefinition.Operation.MUTATION
                    ? schema.getMutationType() : schema.getQueryType();
            String problem = literals.in(operation.getSelectionSet(), root);
            if (problem != null) {
                return "argument " + problem;
            }
        }
        return null;
    }

    /** What is wrong with the dates among the operation's variables (or their defaults), or null when nothing is. */
    public static String variableProblem(GraphQLSchema schema, OperationDefinition operation, Map<String, Object> variables) {
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            Object value = variables.containsKey(definition.getName()) ? variables.get(definition.getName())
                    : definition.getDefaultValue();
            String problem = valueProblem(typeOf(schema, definition.getType()), value, definition.getName());
            if (problem != null) {
                return "variable " + problem;
            }
        }
        return null;
    }

    /** The arguments of every field a document selects, with the types the schema gives them. */
    private record Literals(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Set<String> seen) {

        Literals(GraphQLSchema schema, Document document) {
            this(schema, new LinkedHashMap<>(), new HashSet<>());
            document.getDefinitionsOfType(FragmentDefinition.class)
                    .forEach(fragment -> fragments.put(fragment.getName(), fragment));
        }

        String in(SelectionSet selections, GraphQLType parent) {
            if (selections == null || !(parent instanceof GraphQLFieldsContainer container)) {
                return null;
            }
            for (Selection<?> selection : selections.getSelections()) {
                String problem = null;
                if (selection instanceof Field field) {
                    problem = in(field, container.getFieldDefinition(field.getName()));
                } else if (selection instanceof InlineFragment inline) {
                    problem = in(inline.getSelectionSet(), inline.getTypeCondition() == null
                            ? parent : schema.getType(inline.getTypeCondition().getName()));
                } else if (selection instanceof FragmentSpread spread) {
                    problem = spreadProblem(fragments.get(spread.getName()));
                }
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }

        private String in(Field field, GraphQLFieldDefinition definition) {
            if (definition == null) {
                return null;
            }
            for (Argument argument : field.getArguments()) {
                GraphQLArgument declared = definition.getArgument(argument.getName());
                String problem = declared == null ? null
                        : valueProblem(declared.getType(), argument.getValue(), argument.getName());
                if (problem != null) {
                    return problem;
                }
            }
            return in(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(definition.getType()));
        }

        private String spreadProblem(FragmentDefinition fragment) {
            if (fragment == null || !seen.add(fragment.getName())) {
                return null;
            }
            return in(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName()));
        }
    }

    /**
     * "'path': what is wrong" for the first impossible date in a value, or null. The value is a literal of the document
     * or a variable's value as the request's JSON gave it.
     */
    private static String valueProblem(GraphQLType type, Object value, String path) {
        Object plain = plain(value);
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        if (plain == null) {
            return null;
        }
        if (bare instanceof GraphQLList list) {
            List<?> items = plain instanceof List<?> many ? many : List.of(plain);
            for (int i = 0; i < items.size(); i++) {
                String problem = valueProblem(list.getWrappedType(), items.get(i), path + "[" + i + "]");
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (bare instanceof GraphQLInputObjectType object && plain instanceof Map<?, ?> fields) {
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                String problem = valueProblem(field.getType(), fields.get(field.getName()),
                        path + "." + field.getName());
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (!(bare instanceof GraphQLNamedType named) || !named.getName().equals(DATE)) {
            return null;
        }
        String problem = plain instanceof String text ? textProblem(text) : "a date is a string; " + RULE;
        return problem == null ? null : "'" + path + "': " + problem;
    }

    /** A literal as the JSON of a variable would give it; null where a variable or null stands. */
    private static Object plain(Object value) {
        if (value instanceof NullValue || value instanceof VariableReference) {
            return null;
        }
        if (value instanceof StringValue text) {
            return text.getValue();
        }
        if (value instanceof ArrayValue array) {
            return array.getValues();
        }
        if (value instanceof ObjectValue object) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (ObjectField field : object.getObjectFields()) {
                fields.put(field.getName(), field.getValue());
            }
            return fields;
        }
        return value;
    }

    /** Why this text is not a calendar date, or null when it is one. */
    private static String textProblem(String text) {
        try {
            LocalDate.parse(text);
            return null;
        } catch (DateTimeParseException notADate) {
            return "'" + Text.preview(text) + "' is not a calendar date; " + RULE;
        }
    }

    /** The schema type of a variable's declared type, nullability left out. */
    private static GraphQLType typeOf(GraphQLSchema schema, Type<?> declared) {
        if (declared instanceof NonNullType nonNull) {
            return typeOf(schema, nonNull.getType());
        }
        if (declared instanceof ListType list) {
            return GraphQLList.list(typeOf(schema, list.getType()));
        }
        return schema.getType(((TypeName) declared).getName());
    }
}
