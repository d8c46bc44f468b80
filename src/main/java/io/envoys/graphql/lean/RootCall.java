package io.envoys.graphql.lean;

import java.util.List;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Argument;
import graphql.language.SourceLocation;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import io.envoys.read.Selection;

/**
 * One root field of a request shape: the method that answers it, its argument definitions and the arguments as
 * written, which take this request's variables (GraphQL spec, section 6.4.1: CoerceArgumentValues), the selection
 * below it, and where a refusal is reported: the field's response key and place in the document, and whether its
 * null makes the whole data null (a non-null field, spec section 6.4.4).
 */
record RootCall(RootField field, GraphQLCodeRegistry codeRegistry, List<GraphQLArgument> definitions,
        List<Argument> written, Selection selection, String resultKey, SourceLocation location, boolean nullable) {

    /**
     * The method's parameter values for this request's coerced variables, defaults applied.
     *
     * @throws NotLean when one does not convert to its parameter's type
     */
    Object[] parameters(CoercedVariables variables) {
        return field.parameters(ValuesResolver.getArgumentValues(codeRegistry, definitions, written, variables,
                GraphQLContext.getDefault(), Locale.ENGLISH));
    }
}
