package io.envoys.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An article in a page, with its cursor. */
@Type("ArticleEdge")
@Description("An article in a page, with the cursor that points at it.")
public class ArticleEdge {

    private final String cursor;
    private final ArticleView node;

    ArticleEdge(String cursor, ArticleView node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Pass as `after` to continue the list after this article.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The article.")
    public ArticleView getNode() {
        return node;
    }
}
