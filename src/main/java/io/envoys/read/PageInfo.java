package io.envoys.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
@Description("Where a page sits in its list. Pass endCursor as `after` to get the next page.")
public class PageInfo {

    private final boolean hasNextPage;
    private final boolean hasPreviousPage;
    private final String startCursor;
    private final String endCursor;

    PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
        this.hasNextPage = hasNextPage;
        this.hasPreviousPage = hasPreviousPage;
        this.startCursor = startCursor;
        this.endCursor = endCursor;
    }

    @NonNull
    @Description("True when more rows follow this page.")
    public boolean isHasNextPage() {
        return hasNextPage;
    }

    @NonNull
    @Description("True when this page was asked for with a cursor, so rows precede it.")
    public boolean isHasPreviousPage() {
        return hasPreviousPage;
    }

    @Description("Cursor of the first row of this page; null when the page is empty.")
    public String getStartCursor() {
        return startCursor;
    }

    @Description("Cursor of the last row of this page; pass it as `after` for the next page. Null when the page is empty.")
    public String getEndCursor() {
        return endCursor;
    }
}
