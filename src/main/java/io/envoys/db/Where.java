package io.envoys.db;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The AND-ed SQL conditions of a query, with the values of their {@code ?} in order. */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** Adds a condition whose {@code ?} take {@code values} in order. */
    public Where and(String clause, Object... values) {
        clauses.add(clause);
        Collections.addAll(parameters, values);
        return this;
    }

    /** A copy, so that a page query can add its keyset condition to the filter that its count query shares. */
    public Where copy() {
        Where copy = new Where();
        copy.clauses.addAll(clauses);
        copy.parameters.addAll(parameters);
        return copy;
    }

    /** The values of the conditions' parameters, in the order of the clauses. */
    public List<Object> parameters() {
        return parameters;
    }

    /** The conditions to follow a where clause that the statement has already begun: {@code " and a and b"}. */
    public String conditions() {
        return clauses.isEmpty() ? "" : " and " + String.join(" and ", clauses);
    }

    @Override
    public String toString() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }
}
