package io.envoys.read;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.normalized.ExecutableNormalizedField;
import graphql.parser.Parser;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * The fields a query selects below one field, by field name and, for a field that takes arguments, by the argument
 * values as GraphQL coerced them (spec section 6.4.1, defaults applied). Aliases and fragments of the same field with
 * the same arguments are merged, so a loader reads each relationship once per set of arguments however often the
 * query names it.
 */
public final class Selection {

    private static final Selection NONE = new Selection(Map.of());

    private final Map<String, Map<Map<String, Object>, Selection>> fields;

    private Selection(Map<String, Map<Map<String, Object>, Selection>> fields) {
        this.fields = fields;
    }

    /** The selection below a field the GraphQL engine is resolving. */
    public static Selection of(DataFetchingFieldSelectionSet selectionSet) {
        Map<String, Map<Map<String, Object>, Selection>> fields = new HashMap<>();
        for (SelectedField field : selectionSet.getImmediateFields()) {
            add(fields, field.getName(), field.getArguments(), of(field.getSelectionSet()));
        }
        return new Selection(fields);
    }

    /** The selection below a field of a normalised operation. */
    public static Selection of(ExecutableNormalizedField field) {
        Map<String, Map<Map<String, Object>, Selection>> fields = new HashMap<>();
        for (ExecutableNormalizedField child : field.getChildren()) {
            add(fields, child.getName(), child.getResolvedArguments(), of(child));
        }
        return new Selection(fields);
    }

    private static void add(Map<String, Map<Map<String, Object>, Selection>> fields, String name,
            Map<String, Object> arguments, Selection below) {
        fields.computeIfAbsent(name, ignored -> new LinkedHashMap<>()).merge(arguments, below, Selection::merge);
    }

    /**
     * The selection a Java caller (a page of the editors' desk) writes as a GraphQL selection set, such as
     * {@code "{ id text proposedQuotes { start end speakerName } }"}: fields only, so every connection below it takes
     * its default page.
     *
     * @throws IllegalArgumentException for an argument, an alias or a fragment (a syntax error: graphql-java's
     *     {@code InvalidSyntaxException})
     */
    public static Selection parse(String selectionSet) {
        OperationDefinition operation = (OperationDefinition) Parser.parse(selectionSet).getDefinitions().get(0);
        return of(operation.getSelectionSet());
    }

    private static Selection of(SelectionSet selectionSet) {
        Map<String, Map<Map<String, Object>, Selection>> fields = new HashMap<>();
        for (graphql.language.Selection<?> selection : selectionSet.getSelections()) {
            if (!(selection instanceof Field field) || !field.getArguments().isEmpty() || field.getAlias() != null) {
                throw new IllegalArgumentException("Only plain fields may be selected here: " + selection);
            }
            add(fields, field.getName(), Map.of(), field.getSelectionSet() == null ? NONE : of(field.getSelectionSet()));
        }
        return new Selection(fields);
    }

    /** No fields: for a caller that needs only the id of what it wrote. */
    public static Selection none() {
        return NONE;
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** The selection below {@code field}, whatever its arguments: for fields that take none. */
    public Selection get(String field) {
        return fields.getOrDefault(field, Map.of()).values().stream().reduce(NONE, Selection::merge);
    }

    /**
     * The selections below {@code field}, one per distinct set of argument values the query gives it (aliases such as
     * {@code a: meetings(first: 2) b: meetings(first: 5)} are two); empty when the field is not selected.
     */
    public Map<Map<String, Object>, Selection> calls(String field) {
        return fields.getOrDefault(field, Map.of());
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
        Map<String, Map<Map<String, Object>, Selection>> merged = new HashMap<>();
        fields.forEach((name, calls) -> merged.put(name, new LinkedHashMap<>(calls)));
        other.fields.forEach((name, calls) -> calls.forEach((arguments, below) -> add(merged, name, arguments, below)));
        return new Selection(merged);
    }
}
