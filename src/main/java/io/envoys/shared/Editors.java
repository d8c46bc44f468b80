package io.envoys.shared;

/** The role that every mutation requires. */
public final class Editors {

    public static final String ROLE = "editor";

    private Editors() {
    }
}
