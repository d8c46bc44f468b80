package io.envoys.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("QuoteEdge")
@Description("A quote in a page, with the cursor that points at it.")
public class QuoteEdge {

    private final String cursor;
    private final QuoteView node;

    QuoteEdge(String cursor, QuoteView node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Pass as `after` to continue the list after this quote.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The quote.")
    public QuoteView getNode() {
        return node;
    }
}
