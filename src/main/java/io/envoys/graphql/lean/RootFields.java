package io.envoys.graphql.lean;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;
import org.jboss.logging.Logger;

/**
 * The Query fields the lean executor serves, found once at start from the same declarations the engine uses: every
 * {@code @Query} method of every {@code @GraphQLApi} bean. Nothing else declares a query field, so the two paths
 * cannot disagree on which fields exist or what they call; fields a method's annotations keep from the lean path are
 * listed with the reason, and the engine answers them.
 */
@ApplicationScoped
public class RootFields {

    private static final Logger LOG = Logger.getLogger(RootFields.class);

    private final Map<String, RootField> served = new HashMap<>();
    private final Map<String, String> refused = new TreeMap<>();

    RootFields(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (!type.isAnnotationPresent(GraphQLApi.class)) {
                continue;
            }
            Object instance = beans.getReference(bean, type, beans.createCreationalContext(bean));
            for (Method method : type.getMethods()) {
                if (method.isAnnotationPresent(Query.class)) {
                    declare(type, method, instance);
                }
            }
        }
        refused.forEach((field, reason) -> LOG.infof("Query field %s is answered by the GraphQL engine only: %s",
                field, reason));
    }

    private void declare(Class<?> type, Method method, Object bean) {
        try {
            RootField field = RootField.of(type, method, bean);
            served.put(field.name(), field);
        } catch (NotLean reason) {
            refused.put(RootField.fieldName(method), reason.getMessage());
        }
    }

    /** The lean implementation of a Query field, or null when the engine must answer it. */
    RootField get(String name) {
        return served.get(name);
    }

    /** The names of the Query fields served lean. */
    public Set<String> served() {
        return Collections.unmodifiableSet(served.keySet());
    }

    /** The Query fields left to the engine, each with the reason. */
    public Map<String, String> refused() {
        return Collections.unmodifiableMap(refused);
    }
}
