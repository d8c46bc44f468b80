package io.envoys.graphql;

import graphql.ExecutionResult;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.spi.EventingService;

/** A hook into SmallRye GraphQL that sees, and may replace, the result of each execution before it is written. */
abstract class ResultHook implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public void afterExecute(Context context) {
        ExecutionResult result = context.unwrap(ExecutionResult.class);
        if (result != null && context instanceof SmallRyeContext smallRye) {
            after(smallRye, result);
        }
    }

    /** Looks at an execution's result; {@code context.setExecutionResult} replaces it. */
    abstract void after(SmallRyeContext context, ExecutionResult result);
}
