package io.envoys.graphql.lean;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;

import graphql.GraphQLContext;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.Coercing;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import io.envoys.read.NestedConnections;

/**
 * Writes the value of one requested field as the JSON GraphQL would produce: aliases as keys, values through the
 * schema's own scalar and enum serialisation, read by the views' getters, and a field that takes arguments (a nested
 * connection) from the pages the view holds for those argument values ({@link NestedConnections}). A writer is made once per normalised
 * operation, so the keys, field types and getters are looked up then, not for every value. Anything it cannot write
 * exactly as GraphQL would (a null in a non-null field, an abstract type) is {@link NotLean}.
 */
@FunctionalInterface
interface ResultWriter {

    void write(JsonGenerator out, Object value) throws IOException;

    /** The writer of {@code field}'s values, which have the schema type {@code type}. */
    static ResultWriter of(ExecutableNormalizedField field, GraphQLOutputType type) {
        if (type instanceof GraphQLNonNull nonNull) {
            ResultWriter present = present(field, (GraphQLOutputType) nonNull.getWrappedType());
            String name = field.getName();
            return (out, value) -> {
                if (value == null) {
                    throw new NotLean(NotLean.UNWRITABLE_VALUE, "null in the non-null field " + name);
                }
                present.write(out, value);
            };
        }
        ResultWriter present = present(field, type);
        return (out, value) -> {
            if (value == null) {
                out.writeNull();
            } else {
                present.write(out, value);
            }
        };
    }

    /** The writer of values that are not null. */
    private static ResultWriter present(ExecutableNormalizedField field, GraphQLOutputType type) {
        if (type instanceof GraphQLList list) {
            ResultWriter item = of(field, (GraphQLOutputType) list.getWrappedType());
            String name = field.getName();
            return (out, value) -> {
                if (!(value instanceof Iterable<?> items)) {
                    throw new NotLean(NotLean.UNWRITABLE_VALUE, "a list field that is not Iterable: " + name);
                }
                out.writeStartArray();
                for (Object element : items) {
                    item.write(out, element);
                }
                out.writeEndArray();
            };
        }
        if (type instanceof GraphQLScalarType scalar) {
            Coercing<?, ?> coercing = scalar.getCoercing();
            GraphQLContext context = GraphQLContext.getDefault();
            return (out, value) -> scalar(out, coercing.serialize(value, context, Locale.ENGLISH));
        }
        if (type instanceof GraphQLEnumType enumeration) {
            return (out, value) -> out.writeString(enumeration.serialize(value).toString());
        }
        if (type instanceof GraphQLObjectType object) {
            return new ObjectWriter(field, object);
        }
        throw new NotLean(NotLean.UNWRITABLE_VALUE, "an abstract type: " + type);
    }

    /** Writes an object of one type: its requested fields in order, each through its own writer. */
    final class ObjectWriter implements ResultWriter {

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

        private final String typeName;
        private final SerializedString[] keys;
        private final String[] names;
        /** Null for {@code __typename}, which is the type's name rather than a value read from the view. */
        private final ResultWriter[] values;
        /** The argument values of a field that takes arguments, whose value is a connection the view holds; else null. */
        private final List<Map<String, Object>> arguments;
        /** The getters of the view class seen last, in field order. */
        private volatile Bound bound;

        private ObjectWriter(ExecutableNormalizedField parent, GraphQLObjectType type) {
            this.typeName = type.getName();
            List<ExecutableNormalizedField> fields = parent.getChildren().stream()
                    .filter(field -> field.getObjectTypeNames().contains(typeName)).toList();
            keys = new SerializedString[fields.size()];
            names = new String[fields.size()];
            values = new ResultWriter[fields.size()];
            arguments = new ArrayList<>(fields.size());
            for (int i = 0; i < keys.length; i++) {
                ExecutableNormalizedField field = fields.get(i);
                keys[i] = new SerializedString(field.getResultKey());
                names[i] = field.getName();
                GraphQLFieldDefinition definition = names[i].equals("__typename") ? null
                        : type.getFieldDefinition(names[i]);
                if (definition != null) {
                    values[i] = ResultWriter.of(field, definition.getType());
                }
                arguments.add(definition == null || definition.getArguments().isEmpty() ? null
                        : field.getResolvedArguments());
            }
        }

        @Override
        public void write(JsonGenerator out, Object value) throws IOException {
            Method[] getters = getters(value.getClass());
            out.writeStartObject();
            for (int i = 0; i < keys.length; i++) {
                out.writeFieldName(keys[i]);
                if (values[i] == null) {
                    out.writeString(typeName);
                } else if (arguments.get(i) != null) {
                    values[i].write(out, connection(value, i));
                } else {
                    values[i].write(out, read(getters[i], value));
                }
            }
            out.writeEndObject();
        }

        private Method[] getters(Class<?> view) {
            Bound known = bound;
            if (known != null && known.view() == view) {
                return known.getters();
            }
            Map<String, Method> all = GETTERS.get(view);
            Method[] getters = new Method[names.length];
            for (int i = 0; i < names.length; i++) {
                if (values[i] != null && arguments.get(i) == null) {
                    getters[i] = all.get(names[i]);
                    if (getters[i] == null) {
                        throw new NotLean(NotLean.UNWRITABLE_VALUE, "no getter for " + typeName + "." + names[i]);
                    }
                }
            }
            bound = new Bound(view, getters);
            return getters;
        }

        private Object connection(Object view, int field) {
            if (!(view instanceof NestedConnections owner)) {
                throw new NotLean(NotLean.UNWRITABLE_VALUE, "no connections held for " + typeName + "." + names[field]);
            }
            return owner.connection(names[field], arguments.get(field));
        }

        private static Object read(Method getter, Object view) {
            try {
                return getter.invoke(view);
            } catch (ReflectiveOperationException inaccessible) {
                throw new NotLean(NotLean.UNWRITABLE_VALUE, "getter " + getter.getName() + " failed: " + inaccessible);
            }
        }

        private record Bound(Class<?> view, Method[] getters) {
        }
    }

    /** A serialised scalar value, written as the engine's JSON output writes it. */
    private static void scalar(JsonGenerator out, Object serialized) throws IOException {
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
            throw new NotLean(NotLean.UNWRITABLE_VALUE,
                    "a scalar serialised as " + serialized.getClass().getSimpleName());
        }
    }
}
