package io.envoys.graphql.http;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.GraphQLError;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.envoys.error.CodedError;
import io.envoys.error.ErrorCode;
import io.envoys.graphql.ErrorMapper;
import io.envoys.graphql.cost.CostExtension;
import io.envoys.graphql.cost.Estimate;
import io.envoys.graphql.cost.QueryCost;
import io.vertx.core.json.JsonObject;

/**
 * What every GraphQL request goes through before anything runs, whatever carries it (a POST or GET at the gate, a
 * {@code subscribe} message on a WebSocket): the document parsed and validated against the schema, the operation to
 * run selected, its variables coerced (spec section 6.1.2, CoerceVariableValues) and its cost estimated and held to the
 * budget ({@link QueryCost}). Each step answers coded GraphQL errors instead of a value when the request fails it.
 */
@ApplicationScoped
public class OperationChecks {

    private final ValidatedDocuments documents;
    private final VariableValues variableValues;
    private final QueryCost cost;

    OperationChecks(ValidatedDocuments documents, VariableValues variableValues, QueryCost cost) {
        this.documents = documents;
        this.variableValues = variableValues;
        this.cost = cost;
    }

    /**
     * A document parsed and validated, and the operation of it that runs.
     *
     * @param weight the document's weight in the caches ({@link ValidatedDocuments})
     * @param errors why there is no operation (syntax, validation, limits, no such operation name); empty otherwise
     */
    public record Parsed(Document document, int weight, OperationDefinition operation, List<GraphQLError> errors) {
    }

    /**
     * An operation's coerced variables and its cost estimate (null for one the estimate does not cover).
     *
     * @param errors why it may not run (a variable of the wrong type, an argument the estimate refuses, over budget);
     *     empty otherwise
     * @param extensions the response's {@code extensions} to send with the errors ({@code cost} when over budget), or
     *     null
     */
    public record Costed(CoercedVariables variables, Estimate estimate, List<GraphQLError> errors,
            JsonObject extensions) {
    }

    /** Parses and validates {@code query} and selects the operation named {@code operationName} (null: the only one). */
    public Parsed parse(String query, String operationName) {
        ValidatedDocuments.Result parsed = documents.of(query);
        if (parsed.document() == null) {
            return new Parsed(null, 0, null, parsed.errors());
        }
        OperationDefinition operation = Operations.selected(parsed.document(), operationName);
        if (operation == null) {
            return new Parsed(parsed.document(), parsed.weight(), null, List.of(new CodedError(
                    ErrorCode.BAD_USER_INPUT, Operations.noneSelected(parsed.document(), operationName), null, null)));
        }
        return new Parsed(parsed.document(), parsed.weight(), operation, List.of());
    }

    /**
     * Coerces the variables of a parsed operation and estimates its cost.
     *
     * @param variables the request's variable values as JSON gave them (null for none)
     */
    public Costed coerceAndCost(Parsed parsed, String operationName, Map<String, Object> variables) {
        VariableValues.Result coerced = variableValues.coerce(parsed.document(), parsed.operation(), variables);
        if (coerced.coerced() == null) {
            return new Costed(null, null, coerced.errors(), null);
        }
        Estimate estimate;
        try {
            estimate = cost.of(parsed.document(), parsed.weight(), operationName, coerced.coerced());
        } catch (RuntimeException uncoercible) {
            GraphQLError error = VariableValues.nullWhereRequired(uncoercible, parsed.operation(), coerced.coerced());
            if (error == null && uncoercible instanceof GraphQLError coded) {
                error = ErrorMapper.map(coded);
            }
            if (error == null) {
                throw uncoercible;
            }
            return new Costed(null, null, List.of(error), null);
        }
        if (estimate != null && estimate.badArgument() != null) {
            return new Costed(null, null, List.of(estimate.badArgument()), null);
        }
        if (estimate != null && estimate.overBudget()) {
            return new Costed(null, null, List.of(estimate.refusal()),
                    new JsonObject().put(CostExtension.KEY, estimate.extension()));
        }
        return new Costed(coerced.coerced(), estimate, List.of(), null);
    }
}
