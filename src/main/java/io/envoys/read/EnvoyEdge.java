package io.envoys.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("EnvoyEdge")
@Description("An envoy in a page, with the cursor that points at it.")
public class EnvoyEdge {

    private final String cursor;
    private final EnvoyView node;

    EnvoyEdge(String cursor, EnvoyView node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Pass as `after` to continue the list after this envoy.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The envoy.")
    public EnvoyView getNode() {
        return node;
    }
}
