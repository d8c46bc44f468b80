package io.envoys.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
@Description("Where a page sits in its list. Pass endCursor as `after` (with first) for the next page, startCursor as"
        + " `before` (with last) for the one before.")
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
    @Description("True when rows follow this page: read ahead when paging with first; when paging with last, true"
            + " when the page was asked for with before.")
    public boolean isHasNextPage() {
        return hasNextPage;
    }

    @NonNull
    @Description("True when rows precede this page: read ahead when paging with last; when paging with first, true"
            + " when the page was asked for with after.")
    public boolean isHasPreviousPage() {
        return hasPreviousPage;
    }

    @Description("Cursor of the first row of this page; pass it as `before` for the page before. Null when the page is"
            + " empty.")
    public String getStartCursor() {
        return startCursor;
    }

    @Description("Cursor of the last row of this page; pass it as `after` for the next page. Null when the page is empty.")
    public String getEndCursor() {
        return endCursor;
    }
}
