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
 * The size of an operation's selection set, as the {@code envoys.graphql.max-fields} and
 * {@code envoys.graphql.max-depth} limits bound it: how many fields it selects, each counted once per place it stands
 * after fragments are spread, aliases, {@code __typename} and introspection fields included (graphql-java's
 * complexity count, which the engine applies, leaves {@code __typename} out), and the first field nested deeper than
 * the depth limit (a root field is at depth 1, as graphql-java's depth check counts). Fields under {@code @skip} and
 * {@code @include} count too: the limits bound the document, whatever the variables. Counting stops just past the
 * field limit, so a document that spreads fragments into each other many times costs no more to measure than the
 * limit.
 */
final class SelectionSize {

    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final int maxFields;
    private final int maxDepth;
    private int fields;
    private Field tooDeep;

    private SelectionSize(Document document, int maxFields, int maxDepth) {
        document.getDefinitionsOfType(FragmentDefinition.class)
                .forEach(fragment -> fragments.put(fragment.getName(), fragment));
        this.maxFields = maxFields;
        this.maxDepth = maxDepth;
    }

    /** Measures {@code operation} of {@code document}, stopping once it has more than {@code maxFields} fields. */
    static SelectionSize of(Document document, OperationDefinition operation, int maxFields, int maxDepth) {
        SelectionSize size = new SelectionSize(document, maxFields, maxDepth);
        size.in(operation.getSelectionSet(), 1);
        return size;
    }

    /** The fields counted, up to just past {@code maxFields}. */
    int fields() {
        return fields;
    }

    /** Whether the operation selects more than {@code maxFields} fields. */
    boolean tooManyFields() {
        return fields > maxFields;
    }

    /** The first field, in document order, that stands deeper than {@code maxDepth}; null when none does. */
    Field tooDeep() {
        return tooDeep;
    }

    private void in(SelectionSet selections, int depth) {
        if (selections == null) {
            return;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (fields > maxFields) {
                return;
            }
            if (selection instanceof Field field) {
                fields++;
                if (depth > maxDepth) {
                    tooDeep = tooDeep == null ? field : tooDeep;
                } else {
                    in(field.getSelectionSet(), depth + 1);
                }
            } else if (selection instanceof InlineFragment inline) {
                in(inline.getSelectionSet(), depth);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                in(fragments.get(spread.getName()).getSelectionSet(), depth);
            }
        }
    }
}
