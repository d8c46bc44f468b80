package io.envoys.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CounterpartEdge")
@Description("A counterpart in a page, with the cursor that points at it.")
public class CounterpartEdge {

    private final String cursor;
    private final CounterpartView node;

    CounterpartEdge(String cursor, CounterpartView node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Pass as `after` to continue the list after this counterpart.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The counterpart.")
    public CounterpartView getNode() {
        return node;
    }
}
