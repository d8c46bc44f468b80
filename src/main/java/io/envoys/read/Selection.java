package io.envoys.read;

import java.util.HashMap;
import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * The fields a query selects below one field, by field name. Aliases and fragments of the same field are merged,
 * so a loader fetches each relationship once however often the query names it.
 */
public final class Selection {

    private static final Selection NONE = new Selection(Map.of());

    private final Map<String, Selection> fields;

    private Selection(Map<String, Selection> fields) {
        this.fields = fields;
    }

    /** The selection below a field the GraphQL engine is resolving. */
    public static Selection of(DataFetchingFieldSelectionSet selectionSet) {
        Map<String, Selection> fields = new HashMap<>();
        for (SelectedField field : selectionSet.getImmediateFields()) {
            fields.merge(field.getName(), of(field.getSelectionSet()), Selection::merge);
        }
        return new Selection(fields);
    }

    /** The selection below a field of a normalised operation. */
    public static Selection of(ExecutableNormalizedField field) {
        Map<String, Selection> fields = new HashMap<>();
        for (ExecutableNormalizedField child : field.getChildren()) {
            fields.merge(child.getName(), of(child), Selection::merge);
        }
        return new Selection(fields);
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public Selection get(String field) {
        return fields.getOrDefault(field, NONE);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The node selection of a connection: {@code nodes { … }} and {@code edges { node { … } }} together. */
    public Selection nodes() {
        return get("nodes").merge(get("edges").get("node"));
    }

    public Selection merge(Selection other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        Map<String, Selection> merged = new HashMap<>(fields);
        other.fields.forEach((name, selection) -> merged.merge(name, selection, Selection::merge));
        return new Selection(merged);
    }
}
