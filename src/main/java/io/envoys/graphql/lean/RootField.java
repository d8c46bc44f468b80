package io.envoys.graphql.lean;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

/**
 * One field of the Query type as its {@code @Query} method declares it: the lean executor calls that same method,
 * on the same bean the engine calls (interceptors included), with the arguments GraphQL coerced. A method carrying an
 * annotation that changes what the engine does around it (a role check, a date or number format, anything this class
 * does not know) is not served lean: the engine answers that field.
 */
final class RootField {

    /** Annotations of {@code org.eclipse.microprofile.graphql} that only describe the schema. */
    private static final Set<String> SCHEMA_ONLY = Set.of("Query", "Description", "NonNull", "Name", "Id",
            "DefaultValue");
    /** Annotations a bean class may carry without changing how its query methods run. */
    private static final Set<String> NEUTRAL_ON_CLASS = Set.of("org.eclipse.microprofile.graphql.GraphQLApi",
            "org.eclipse.microprofile.graphql.Description", "org.eclipse.microprofile.graphql.Name",
            "jakarta.enterprise.context.ApplicationScoped", "jakarta.enterprise.context.RequestScoped",
            "jakarta.enterprise.context.Dependent", "jakarta.inject.Singleton");

    private final String name;
    private final Object bean;
    private final Method method;
    private final List<String> parameterNames;
    private final List<Function<Object, Object>> conversions;

    private RootField(String name, Object bean, Method method, List<String> parameterNames,
            List<Function<Object, Object>> conversions) {
        this.name = name;
        this.bean = bean;
        this.method = method;
        this.parameterNames = parameterNames;
        this.conversions = conversions;
    }

    /**
     * The Query field name a {@code @Query} method declares, as SmallRye GraphQL reads it: the annotation's value,
     * else {@code @Name}, else the method's name without a getter's {@code get} or {@code is}.
     */
    static String fieldName(Method method) {
        String declared = method.getAnnotation(Query.class).value();
        if (!declared.isEmpty()) {
            return declared;
        }
        Name name = method.getAnnotation(Name.class);
        if (name != null) {
            return name.value();
        }
        String named = method.getName();
        for (String prefix : new String[] {"get", "is"}) {
            if (named.length() > prefix.length() && named.startsWith(prefix)
                    && Character.isUpperCase(named.charAt(prefix.length()))) {
                return Character.toLowerCase(named.charAt(prefix.length())) + named.substring(prefix.length() + 1);
            }
        }
        return named;
    }

    /**
     * The root field of a {@code @Query} method of {@code beanClass}, called on {@code bean}.
     *
     * @throws NotLean naming the reason when the lean executor must leave this field to the engine
     */
    static RootField of(Class<?> beanClass, Method method, Object bean) {
        for (Annotation annotation : beanClass.getAnnotations()) {
            if (!NEUTRAL_ON_CLASS.contains(annotation.annotationType().getName())) {
                throw new NotLean(NotLean.ENGINE_ONLY_FIELD,
                        beanClass.getSimpleName() + " carries @" + annotation.annotationType().getSimpleName());
            }
        }
        refuseUnknown(method.getName(), method.getAnnotations());
        List<String> names = new ArrayList<>();
        List<Function<Object, Object>> conversions = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            refuseUnknown(parameter.getName(), parameter.getAnnotations());
            Name name = parameter.getAnnotation(Name.class);
            Function<Object, Object> conversion = ArgumentValues.to(parameter.getType());
            if (name == null || conversion == null) {
                throw new NotLean(NotLean.ENGINE_ONLY_FIELD, "parameter of " + method.getName()
                        + " without @Name or of type "
                        + parameter.getType().getSimpleName());
            }
            names.add(name.value());
            conversions.add(conversion);
        }
        return new RootField(fieldName(method), bean, method, List.copyOf(names), List.copyOf(conversions));
    }

    private static void refuseUnknown(String element, Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (!describesSchemaOnly(annotation)) {
                throw new NotLean(NotLean.ENGINE_ONLY_FIELD,
                        element + " carries @" + annotation.annotationType().getSimpleName());
            }
        }
    }

    /** Whether an annotation only describes the schema, so the lean path may ignore it. */
    static boolean describesSchemaOnly(Annotation annotation) {
        Class<? extends Annotation> type = annotation.annotationType();
        return type.getPackageName().equals(Query.class.getPackageName()) && SCHEMA_ONLY.contains(type.getSimpleName());
    }

    String name() {
        return name;
    }

    /**
     * The method's parameter values for these coerced arguments (absent ones are null).
     *
     * @throws NotLean when a value does not convert to its parameter's type; the engine then reports it
     */
    Object[] parameters(Map<String, Object> arguments) {
        Object[] values = new Object[parameterNames.size()];
        for (int i = 0; i < values.length; i++) {
            try {
                values[i] = conversions.get(i).apply(arguments.get(parameterNames.get(i)));
            } catch (ArithmeticException | DateTimeException | IllegalArgumentException unconvertible) {
                throw new NotLean(NotLean.UNCONVERTIBLE_ARGUMENT, "argument " + parameterNames.get(i) + " of " + name);
            }
        }
        return values;
    }

    /**
     * The value of the field for these parameter values.
     *
     * @throws RuntimeException what the method threw (an {@link io.envoys.error.ApiException} for a refusal)
     */
    Object resolve(Object[] parameters) {
        try {
            return method.invoke(bean, parameters);
        } catch (InvocationTargetException thrown) {
            if (thrown.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("Query field " + name + " failed", thrown.getCause());
        } catch (IllegalAccessException notPublic) {
            throw new IllegalStateException("Query field " + name + " cannot be called", notPublic);
        }
    }
}
