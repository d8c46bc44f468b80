package io.envoys.security;

/** The role that every mutation requires. */
public final class Editors {

    public static final String ROLE = "editor";

    private Editors() {
    }
}
