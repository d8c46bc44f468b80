package io.envoys.shared;

/** One field of the Query type as the lean executor calls it: the view it returns for these arguments. */
@FunctionalInterface
public interface RootField {

    Object resolve(Arguments arguments, Selection selection);
}
