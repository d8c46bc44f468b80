package io.envoys.graphql;

import java.util.List;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.smallrye.graphql.execution.context.SmallRyeContext;

/**
 * Hooks {@link ErrorMapper} into SmallRye GraphQL: after each execution, before the result is written, every error
 * is replaced by its coded form. Registered in META-INF/services.
 */
public class CodedErrors extends ResultHook {

    @Override
    void after(SmallRyeContext smallRye, ExecutionResult result) {
        if (result.getErrors().isEmpty()) {
            return;
        }
        if (!result.isDataPresent()) {
            NoData.mark();
        }
        if (AnswerVolume.exceeded()) {
            return; // the nulls of fields left unread once the answer was full: AnswerSize answers RESPONSE_TOO_LARGE
        }
        List<GraphQLError> coded = withoutFollowUps(result.getErrors()).stream().map(ErrorMapper::map).toList();
        smallRye.setExecutionResult(result.transform(builder -> builder.errors(coded)));
    }

    /**
     * A field that failed and may not be null makes graphql-java add a second error for the null; the client needs
     * only the first. Alone, the null error is a fault of ours and stays.
     */
    private static List<GraphQLError> withoutFollowUps(List<GraphQLError> errors) {
        List<GraphQLError> causes = errors.stream()
                .filter(error -> error.getErrorType() != ErrorType.NullValueInNonNullableField)
                .toList();
        return causes.isEmpty() ? errors : causes;
    }
}
