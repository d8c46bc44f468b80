package io.envoys.graphql;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.runtime.BlockingOperationNotAllowedException;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;

/**
 * Refuses to let the GraphQL engine execute an operation on a Vert.x event-loop thread, where a long execution would
 * stall every connection that loop serves: the engine's route is configured blocking
 * ({@code quarkus.smallrye-graphql.nonblocking.enabled=false}), and should that ever change, a request fails loudly
 * instead. Registered in META-INF/services.
 */
public class WorkerThreadsOnly implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public void beforeExecute(Context context) {
        if (!BlockingOperationControl.isBlockingAllowed()) {
            throw new BlockingOperationNotAllowedException("GraphQL execution may not run on an event-loop thread");
        }
    }
}
