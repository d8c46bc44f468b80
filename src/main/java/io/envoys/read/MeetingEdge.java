package io.envoys.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("MeetingEdge")
@Description("A meeting in a page, with the cursor that points at it.")
public class MeetingEdge {

    private final String cursor;
    private final MeetingView node;

    MeetingEdge(String cursor, MeetingView node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Pass as `after` to continue the list after this meeting.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The meeting.")
    public MeetingView getNode() {
        return node;
    }
}
