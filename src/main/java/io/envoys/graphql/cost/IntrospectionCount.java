package io.envoys.graphql.cost;

import java.util.List;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLImplementingType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLModifiedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLUnionType;

/**
 * The objects an introspection field ({@code __schema} or {@code __type}) returns, counted by walking its selection
 * over the served schema itself (GraphQL spec, section 4.2: {@code __Schema}, {@code __Type}, {@code __Field},
 * {@code __InputValue}, {@code __EnumValue}, {@code __Directive}). Unlike a page, an introspection list's length is
 * known exactly, and nested selections such as {@code types { fields { type { fields … } } } } multiply quickly; the walk
 * stops as soon as the count passes the limit, so it costs at most the limit's steps. Deprecated fields and values are
 * counted as if asked for, an upper bound.
 */
final class IntrospectionCount {

    private final GraphQLSchema schema;
    private final long limit;
    private long objects;

    private IntrospectionCount(GraphQLSchema schema, long limit) {
        this.schema = schema;
        this.limit = limit;
    }

    /**
     * The objects {@code field} (a root {@code __schema} or {@code __type}) returns, itself included, or a number just
     * over {@code limit} when there are more.
     */
    static long of(GraphQLSchema schema, ExecutableNormalizedField field, long limit) {
        IntrospectionCount count = new IntrospectionCount(schema, limit);
        Object root = field.getName().equals("__schema") ? schema
                : schema.getType(String.valueOf(field.getResolvedArguments().get("name")));
        if (root != null) {
            count.add(root, field.getChildren());
        }
        return count.objects;
    }

    private void add(Object element, List<ExecutableNormalizedField> selection) {
        if (++objects > limit) {
            return;
        }
        for (ExecutableNormalizedField field : selection) {
            for (Object child : children(element, field.getName())) {
                if (objects > limit) {
                    return;
                }
                add(child, field.getChildren());
            }
        }
    }

    /** The introspection objects a field of {@code element} returns; none for a field that returns scalars or enums. */
    private List<?> children(Object element, String field) {
        if (element instanceof GraphQLSchema) {
            return switch (field) {
                case "types" -> schema.getAllTypesAsList();
                case "directives" -> schema.getDirectives();
                case "queryType" -> List.of(schema.getQueryType());
                case "mutationType" -> optional(schema.getMutationType());
                case "subscriptionType" -> optional(schema.getSubscriptionType());
                default -> List.of();
            };
        }
        if (element instanceof GraphQLType type) {
            return typeChildren(type, field);
        }
        if (element instanceof GraphQLFieldDefinition definition) {
            return field.equals("args") ? definition.getArguments()
                    : field.equals("type") ? List.of(definition.getType()) : List.of();
        }
        if (element instanceof GraphQLArgument argument) {
            return field.equals("type") ? List.of(argument.getType()) : List.of();
        }
        if (element instanceof GraphQLInputObjectField inputField) {
            return field.equals("type") ? List.of(inputField.getType()) : List.of();
        }
        if (element instanceof GraphQLDirective directive) {
            return field.equals("args") ? directive.getArguments() : List.of();
        }
        return List.of();
    }

    private List<?> typeChildren(GraphQLType type, String field) {
        return switch (field) {
            case "fields" -> type instanceof GraphQLFieldsContainer container ? container.getFieldDefinitions()
                    : List.of();
            case "interfaces" -> type instanceof GraphQLImplementingType implementing ? implementing.getInterfaces()
                    : List.of();
            case "possibleTypes" -> type instanceof GraphQLInterfaceType abstractType
                    ? schema.getImplementations(abstractType)
                    : type instanceof GraphQLUnionType union ? union.getTypes() : List.of();
            case "enumValues" -> type instanceof GraphQLEnumType enumType ? enumType.getValues() : List.of();
            case "inputFields" -> type instanceof GraphQLInputObjectType input ? input.getFieldDefinitions()
                    : List.of();
            case "ofType" -> type instanceof GraphQLModifiedType modified ? List.of(modified.getWrappedType())
                    : List.of();
            default -> List.of();
        };
    }

    private static List<?> optional(Object element) {
        return element == null ? List.of() : List.of(element);
    }
}
