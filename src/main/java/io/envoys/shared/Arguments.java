package io.envoys.shared;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.Map;

/** A field's arguments after GraphQL coerced them (variables substituted, defaults applied). */
public final class Arguments {

    private final Map<String, Object> values;

    Arguments(Map<String, Object> values) {
        this.values = values;
    }

    public String string(String name) {
        Object value = values.get(name);
        return value == null ? null : value.toString();
    }

    public Integer integer(String name) {
        return (Integer) values.get(name);
    }

    /** An input object argument as its input class: public fields of type String or LocalDate, or null. */
    public <T> T input(String name, Class<T> type) {
        if (!(values.get(name) instanceof Map<?, ?> fields)) {
            return null;
        }
        try {
            T input = type.getDeclaredConstructor().newInstance();
            for (Map.Entry<?, ?> entry : fields.entrySet()) {
                Field field = type.getField((String) entry.getKey());
                field.set(input, convert(entry.getValue(), field.getType()));
            }
            return input;
        } catch (ReflectiveOperationException unexpectedShape) {
            throw new IllegalStateException("Input " + type.getSimpleName() + " cannot hold " + fields.keySet(),
                    unexpectedShape);
        }
    }

    private static Object convert(Object value, Class<?> type) {
        if (value == null || type.isInstance(value)) {
            return value;
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(value.toString());
        }
        if (type == String.class) {
            return value.toString();
        }
        throw new IllegalStateException("No conversion of an input value to " + type.getSimpleName());
    }
}
