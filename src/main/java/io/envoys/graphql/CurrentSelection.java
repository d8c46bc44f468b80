package io.envoys.graphql;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;

import graphql.schema.DataFetchingEnvironment;
import io.envoys.read.Selection;
import io.smallrye.graphql.api.Context;

/**
 * The selection set below the root field being resolved, for the {@code @Query} and {@code @Mutation} methods: the
 * GraphQL engine's, or the one the lean executor sets before it calls the same method. One per request; root fields
 * are resolved one after the other.
 */
@RequestScoped
public class CurrentSelection {

    private final Instance<Context> engine;
    private Selection lean;

    CurrentSelection(Instance<Context> engine) {
        this.engine = engine;
    }

    /** The fields selected below the current root field, aliases and fragments merged. */
    public Selection get() {
        if (lean != null) {
            return lean;
        }
        return Selection.of(engine.get().unwrap(DataFetchingEnvironment.class).getSelectionSet());
    }

    /** Set by the lean executor before it calls a root field's method; null gives the engine's back. */
    public void set(Selection selection) {
        this.lean = selection;
    }
}
