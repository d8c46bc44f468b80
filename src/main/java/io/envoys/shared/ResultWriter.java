package io.envoys.shared;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import graphql.GraphQLContext;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;

/**
 * Writes the views a root field returned as the JSON GraphQL would produce for the requested fields: aliases as keys,
 * values through the schema's own scalar and enum serialisation, read by the views' getters. Anything it cannot
 * write exactly as GraphQL would (a null in a non-null field, an abstract type) is {@link NotLean}.
 */
final class ResultWriter {

    private static final ClassValue<Map<String, Method>> GETTERS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> getters = new HashMap<>();
            for (Method method : type.getMethods()) {
                String name = method.getName();
                int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
                if (prefix > 0 && name.length() > prefix && method.getParameterCount() == 0
                        && !Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() != Object.class) {
                    getters.put(Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1), method);
                }
            }
            return getters;
        }
    };

    private final JsonGenerator out;

    ResultWriter(JsonGenerator out) {
        this.out = out;
    }

    void value(ExecutableNormalizedField field, Object value, GraphQLOutputType type) throws IOException {
        if (type instanceof GraphQLNonNull nonNull) {
            if (value == null) {
                throw new NotLean("null in the non-null field " + field.getName());
            }
            value(field, value, (GraphQLOutputType) nonNull.getWrappedType());
        } else if (value == null) {
            out.writeNull();
        } else if (type instanceof GraphQLList list) {
            if (!(value instanceof Iterable<?> items)) {
                throw new NotLean("a list field that is not Iterable: " + field.getName());
            }
            out.writeStartArray();
            for (Object item : items) {
                value(field, item, (GraphQLOutputType) list.getWrappedType());
            }
            out.writeEndArray();
        } else if (type instanceof GraphQLScalarType scalar) {
            scalar(scalar.getCoercing().serialize(value, GraphQLContext.getDefault(), Locale.ENGLISH));
        } else if (type instanceof GraphQLEnumType enumeration) {
            out.writeString(enumeration.serialize(value).toString());
        } else if (type instanceof GraphQLObjectType object) {
            object(field, value, object);
        } else {
            throw new NotLean("an abstract type: " + type);
        }
    }

    private void object(ExecutableNormalizedField parent, Object value, GraphQLObjectType type) throws IOException {
        Map<String, Method> getters = GETTERS.get(value.getClass());
        out.writeStartObject();
        for (ExecutableNormalizedField field : parent.getChildren()) {
            if (!field.getObjectTypeNames().contains(type.getName())) {
                continue;
            }
            out.writeFieldName(field.getResultKey());
            if (field.getName().equals("__typename")) {
                out.writeString(type.getName());
                continue;
            }
            Method getter = getters.get(field.getName());
            if (getter == null) {
                throw new NotLean("no getter for " + type.getName() + "." + field.getName());
            }
            value(field, read(getter, value), type.getFieldDefinition(field.getName()).getType());
        }
        out.writeEndObject();
    }

    private static Object read(Method getter, Object view) {
        try {
            return getter.invoke(view);
        } catch (ReflectiveOperationException inaccessible) {
            throw new NotLean("getter " + getter.getName() + " failed: " + inaccessible);
        }
    }

    private void scalar(Object serialized) throws IOException {
        if (serialized instanceof String text) {
            out.writeString(text);
        } else if (serialized instanceof Boolean flag) {
            out.writeBoolean(flag);
        } else if (serialized instanceof Integer || serialized instanceof Long || serialized instanceof Short) {
            out.writeNumber(((Number) serialized).longValue());
        } else if (serialized instanceof Number number) {
            out.writeNumber(number.toString());
        } else if (serialized instanceof LocalDate date) {
            // SmallRye's Date scalar leaves formatting to its JSON output, which writes ISO-8601, as toString does
            out.writeString(date.toString());
        } else {
            throw new NotLean("a scalar serialised as " + serialized.getClass().getSimpleName());
        }
    }
}
