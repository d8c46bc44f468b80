package io.envoys.graphql.http;

import java.util.HashSet;
import java.util.Set;

import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import io.envoys.error.CodedError;
import io.envoys.error.ErrorCode;

/**
 * A subscription's root selection set may not use {@code @skip} or {@code @include}: its one root field must be known
 * without the variables (GraphQL spec, section 5.2.3.1 Single Root Field, and its CollectSubscriptionFields). Checked
 * before validation because graphql-java's own rule fails on such a document instead of reporting it.
 */
final class ConditionalSubscriptionRoots {

    private ConditionalSubscriptionRoots() {
    }

    /** The validation error for the first conditional root selection of a subscription in {@code document}, or null. */
    static CodedError refusal(Document document) {
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            if (operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
                CodedError error = conditional(document, operation.getSelectionSet(), new HashSet<>());
                if (error != null) {
                    return error;
                }
            }
        }
        return null;
    }

    private static CodedError conditional(Document document, SelectionSet roots, Set<String> visited) {
        if (roots == null) {
            return null;
        }
        for (Selection<?> selection : roots.getSelections()) {
            if (selection instanceof DirectivesContainer<?> directed
                    && directed.getDirectives().stream().anyMatch(directive -> directive.getName().equals("skip")
                            || directive.getName().equals("include"))) {
                return CodedError.at(selection, ErrorCode.GRAPHQL_VALIDATION_FAILED, "A subscription's root field"
                        + " may not be skipped or included conditionally: leave @skip and @include out at its top"
                        + " level");
            }
            SelectionSet inner = selection instanceof InlineFragment inline ? inline.getSelectionSet()
                    : selection instanceof FragmentSpread spread && visited.add(spread.getName())
                            ? document.getDefinitionsOfType(FragmentDefinition.class).stream()
                                    .filter(fragment -> fragment.getName().equals(spread.getName())).findFirst()
                                    .map(FragmentDefinition::getSelectionSet).orElse(null)
                            : null;
            CodedError error = conditional(document, inner, visited);
            if (error != null) {
                return error;
            }
        }
        return null;
    }
}
