package io.envoys.graphql.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.CoercedVariables;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import io.envoys.error.CodedError;
import io.envoys.error.ErrorCode;
import io.envoys.graphql.DateInputs;
import io.envoys.graphql.ErrorMapper;
import io.envoys.graphql.IntInputs;

/**
 * Coerces a request's variables to the operation's variable types (GraphQL spec, section 6.1.2:
 * CoerceVariableValues) before anything runs, so that a wrong value is a request error with a code: Int variables
 * within 32 bits, values of the declared types, dates that exist.
 */
@ApplicationScoped
class VariableValues {

    private final Instance<GraphQLSchema> schema;

    VariableValues(Instance<GraphQLSchema> schema) {
        this.schema = schema;
    }

    /** The coerced variables, or the coded errors that refuse them. */
    Result coerce(OperationDefinition operation, Map<String, Object> variables) {
        String problem = IntInputs.variableProblem(operation, variables);
        if (problem != null) {
            return refused(problem);
        }
        GraphQLSchema served = schema.get();
        CoercedVariables coerced;
        try {
            coerced = ValuesResolver.coerceVariableValues(served, operation.getVariableDefinitions(),
                    RawVariables.of(variables), GraphQLContext.getDefault(), Locale.ENGLISH);
        } catch (RuntimeException wrongValue) {
            if (!(wrongValue instanceof GraphQLError error)) {
                throw wrongValue;
            }
            return new Result(null, List.of(ErrorMapper.map(error)));
        }
        problem = DateInputs.variableProblem(served, operation, variables);
        return problem == null ? new Result(coerced, List.of()) : refused(problem);
    }

    private static Result refused(String problem) {
        return new Result(null, List.of(new CodedError(ErrorCode.BAD_USER_INPUT, problem, null, null)));
    }

    /** The coerced variables (and no errors), or null and the errors to answer with. */
    record Result(CoercedVariables coerced, List<GraphQLError> errors) {
    }
}
