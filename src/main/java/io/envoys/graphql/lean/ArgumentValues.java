package io.envoys.graphql.lean;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Name;

/**
 * Turns an argument value as GraphQL coerced it (String, a Number, LocalDate, OffsetDateTime, a map for an input object) into the
 * Java type of the {@code @Query} method's parameter, as SmallRye GraphQL does for the engine. Input classes are the
 * project's: a public no-argument constructor and public fields of the scalar types below, whose annotations only
 * describe the schema (a field renamed with {@code @Name} or given a format is not such an input).
 */
final class ArgumentValues {

    private ArgumentValues() {
    }

    /** The conversion to {@code type}, or null when this class cannot make that type. */
    static Function<Object, Object> to(Class<?> type) {
        if (type == String.class) {
            return value -> value == null ? null : value.toString();
        }
        if (type == Integer.class || type == int.class) {
            return value -> value == null ? null : whole(value);
        }
        if (type == LocalDate.class) {
            return value -> value == null || value instanceof LocalDate ? value : LocalDate.parse(value.toString());
        }
        if (type == OffsetDateTime.class) {
            return value -> value == null || value instanceof OffsetDateTime ? value
                    : OffsetDateTime.parse(value.toString());
        }
        if (type == Boolean.class || type == boolean.class) {
            return value -> value;
        }
        return isInputClass(type) ? value -> input(value, type) : null;
    }

    /** An Int argument: a default value from the schema arrives as a BigDecimal, a variable or literal as Integer. */
    private static Integer whole(Object value) {
        return value instanceof Integer number ? number : new BigDecimal(value.toString()).intValueExact();
    }

    private static boolean isInputClass(Class<?> type) {
        try {
            type.getConstructor();
        } catch (NoSuchMethodException noDefaultConstructor) {
            return false;
        }
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            if (!Modifier.isPublic(field.getModifiers()) || to(field.getType()) == null
                    || field.isAnnotationPresent(Name.class)
                    || !Arrays.stream(field.getAnnotations()).allMatch(RootField::describesSchemaOnly)) {
                return false;
            }
        }
        return true;
    }

    private static Object input(Object value, Class<?> type) {
        if (!(value instanceof Map<?, ?> fields)) {
            return null;
        }
        try {
            Object input = type.getConstructor().newInstance();
            for (Map.Entry<?, ?> entry : fields.entrySet()) {
                Field field = type.getField((String) entry.getKey());
                field.set(input, to(field.getType()).apply(entry.getValue()));
            }
            return input;
        } catch (ReflectiveOperationException unexpectedShape) {
            throw new IllegalStateException("Input " + type.getSimpleName() + " cannot hold " + fields.keySet(),
                    unexpectedShape);
        }
    }
}
