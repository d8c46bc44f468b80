package io.envoys.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.TypedQuery;

/** The AND-ed conditions of a query, with their named parameters. */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    public Where and(String clause) {
        clauses.add(clause);
        return this;
    }

    public Where and(String clause, String parameter, Object value) {
        return and(clause).param(parameter, value);
    }

    public Where param(String parameter, Object value) {
        parameters.put(parameter, value);
        return this;
    }

    /** A copy, so that a page query can add its keyset condition to the filter that its count query shares. */
    public Where copy() {
        Where copy = new Where();
        copy.clauses.addAll(clauses);
        copy.parameters.putAll(parameters);
        return copy;
    }

    @Override
    public String toString() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
