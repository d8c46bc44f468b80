package io.envoys.graphql.http;

import java.util.HashMap;
import java.util.Map;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * How many fields an operation selects, each counted once per place it stands after fragments are spread, aliases
 * and {@code __typename} and introspection fields included: the number the {@code envoys.graphql.max-fields} limit
 * bounds on every path (graphql-java's complexity count, which the engine applies, leaves {@code __typename} out).
 * Counting stops just past the limit, so a document that spreads fragments into each other many times costs no
 * more to count than the limit.
 */
final class FieldCount {

    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final int limit;
    private int counted;

    private FieldCount(Document document, int limit) {
        document.getDefinitionsOfType(FragmentDefinition.class)
                .forEach(fragment -> fragments.put(fragment.getName(), fragment));
        this.limit = limit;
    }

    /** The operation's fields, or {@code limit + 1} when there are more than {@code limit}. */
    static int of(Document document, OperationDefinition operation, int limit) {
        FieldCount count = new FieldCount(document, limit);
        count.in(operation.getSelectionSet());
        return Math.min(count.counted, limit + 1);
    }

    private void in(SelectionSet selections) {
        if (selections == null) {
            return;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (counted > limit) {
                return;
            }
            if (selection instanceof Field field) {
                counted++;
                in(field.getSelectionSet());
            } else if (selection instanceof InlineFragment inline) {
                in(inline.getSelectionSet());
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                in(fragments.get(spread.getName()).getSelectionSet());
            }
        }
    }
}
