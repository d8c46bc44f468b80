package io.envoys.graphql;

import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import io.envoys.error.CodedError;
import io.envoys.error.ErrorCode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.spi.EventingService;

/**
 * Makes all the mutations of one request one transaction, all or nothing: the transaction begins before the engine
 * runs a mutation operation, every service's {@code @Transactional} method joins it (and marks it for rollback when it
 * fails), and it commits only when every field succeeded. Otherwise it is rolled back and the answer's {@code data} is
 * null, so a client never reads a result that was not stored. Every mutation field is non-null, so the engine runs no
 * mutation after a failed one (GraphQL spec, section 6.4.4: the error reaches the root). Mutations run on the engine's
 * worker thread, one after the other (section 6.2.2), so the transaction stays on that thread. Registered in
 * META-INF/services, before {@link CodedErrors}.
 */
public class MutationsInOneTransaction implements EventingService {

    private static final Logger LOG = Logger.getLogger(MutationsInOneTransaction.class);
    private static final String MUTATION = "mutation";

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public void beforeExecute(Context context) {
        if (context.getRequestedOperationTypes().stream().anyMatch(MUTATION::equalsIgnoreCase)
                && !QuarkusTransaction.isActive()) {
            QuarkusTransaction.begin();
        }
    }

    @Override
    public void afterExecute(Context context) {
        if (!QuarkusTransaction.isActive()) {
            return;
        }
        ExecutionResult result = context.unwrap(ExecutionResult.class);
        boolean failed = result == null || !result.getErrors().isEmpty() || QuarkusTransaction.isRollbackOnly();
        if (failed) {
            QuarkusTransaction.rollback();
            replace(context, result == null ? List.of() : result.getErrors());
            return;
        }
        try {
            QuarkusTransaction.commit();
        } catch (RuntimeException notCommitted) {
            LOG.warn("A request's mutations could not be committed; nothing was stored", notCommitted);
            replace(context, List.of(new CodedError(ErrorCode.CONFLICT, "The changes could not be stored together"
                    + " (another change collided with them); nothing was stored: reload and try again", null, null)));
        }
    }

    @Override
    public void errorExecute(Context context, Throwable failure) {
        if (QuarkusTransaction.isActive()) {
            QuarkusTransaction.rollback();
        }
    }

    /** The answer without data: what was rolled back is not shown, only why. */
    private static void replace(Context context, List<GraphQLError> errors) {
        if (context instanceof SmallRyeContext smallRye) {
            smallRye.setExecutionResult(ExecutionResultImpl.newExecutionResult().data(null)
                    .errors(new ArrayList<>(errors)).build());
        }
    }
}
