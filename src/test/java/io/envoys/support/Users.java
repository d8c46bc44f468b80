package io.envoys.support;

/** The accounts that the test profile configures (see application.properties, %test section). */
public final class Users {

    public static final String EDITOR = "test-editor";
    public static final String EDITOR_PASSWORD = "test-editor-secret";
    public static final String READER = "test-reader";
    public static final String READER_PASSWORD = "test-reader-secret";

    private Users() {
    }
}
