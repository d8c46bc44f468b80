package io.envoys.graphql.cost;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.language.SourceLocation;
import io.envoys.error.CodedError;
import io.envoys.error.ErrorCode;

/**
 * What a query can cost: the largest number of objects it can return, the budget it is held to, the largest number of
 * field values (a budget of objects alone lets each object carry hundreds of aliased fields), and the place to
 * narrow it: the page (a connection's {@code nodes} or {@code edges}) of more than one item whose narrowing saves the
 * most objects, or, in a query without such pages, the list holding the most.
 *
 * @param objects the most objects the answer can hold
 * @param budget the most a query may have
 * @param widest the path of that list, by response keys (e.g. {@code countries.hostedMeetings.nodes}), or null when
 *     the query selects no list
 * @param widestAt where that list is selected in the document (the first of its merged selections), or null
 * @param widestObjects how many objects that list and everything below it can hold in the answer
 * @param widestIsPage whether that list is a page, which {@code first} narrows
 * @param badArgument the request error for the first connection field whose page arguments are refused, or null
 * @param values the most field values the answer can hold: each selected field, {@code __typename} and aliases
 *     included, once per object it is selected on
 * @param maxValues the most values a query may have
 */
public record Estimate(long objects, long budget, String widest, SourceLocation widestAt, long widestObjects,
        boolean widestIsPage, GraphQLError badArgument, long values, long maxValues) {

    /** Whether the query could return more objects than the budget, or more values than the limit. */
    public boolean overBudget() {
        return objects > budget || values > maxValues;
    }

    /** What goes in {@code extensions.cost} of an answer. */
    public Map<String, Object> extension() {
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("estimate", objects);
        cost.put("budget", budget);
        return cost;
    }

    /** The QUERY_TOO_COSTLY error of a query over its budget, with the estimate, the budget and where to narrow it. */
    public GraphQLError refusal() {
        if (objects <= budget) {
            return new CodedError(ErrorCode.QUERY_TOO_COSTLY, String.format("This query could return up to %,d field"
                    + " values, more than the limit of %,d (its %,d objects are within the budget): select fewer fields"
                    + " or aliases on each object, or smaller pages.", values, maxValues, objects), null, null);
        }
        String where = widestIsPage ? "the page " + widest + " and below it: ask for a smaller page there (first or"
                + " last) or on the connections above it, or split the query" : "the list " + widest + " and below it,"
                + " which takes no first: select fewer levels below it, or split the query";
        return new CodedError(ErrorCode.QUERY_TOO_COSTLY, String.format("This query could return up to %,d objects,"
                + " more than the budget of %,d; %,d of them are in %s.", objects, budget, widestObjects, where),
                widestAt == null ? null : List.of(widestAt), null);
    }
}
