package io.envoys.graphql.cost;

import java.util.Map;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.spi.EventingService;

/**
 * Puts the estimate of a query ({@link QueryCost}) in {@code extensions.cost} of the GraphQL engine's answer, as the
 * lean executor does in its own: the HTTP gate keeps it in the request's Vert.x context, which the engine's execution
 * shares. Registered in META-INF/services.
 */
public class CostExtension implements EventingService {

    /** The key of the answer's extension, and of the estimate kept for the request. */
    public static final String KEY = "cost";
    private static final String LOCAL = "envoys.graphql.cost";

    @Override
    public String getConfigKey() {
        return null;
    }

    /** Keeps the estimate of the current HTTP request for the engine's answer. */
    public static void keep(Estimate estimate) {
        ContextLocals.put(LOCAL, estimate.extension());
    }

    @Override
    public void afterExecute(Context context) {
        Map<String, Object> cost;
        try {
            cost = ContextLocals.get(LOCAL, null);
        } catch (UnsupportedOperationException notInARequest) {
            return;
        }
        if (cost != null && context instanceof SmallRyeContext smallRye) {
            smallRye.addExtension(KEY, cost);
        }
    }
}
