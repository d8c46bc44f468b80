package io.envoys.read;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("QuoteConnection")
@Description("A page of quotes, in the order of the field that returned it (the field says which).")
public class QuoteConnection {

    private final Page<QuoteView> page;

    QuoteConnection(Page<QuoteView> page) {
        this.page = page;
    }

    @NonNull
    @Description("How many quotes the field holds with its filter, on all pages.")
    public int getTotalCount() {
        return Math.toIntExact(page.totalCount());
    }

    @NonNull
    @Description("The quotes of this page.")
    public List<@NonNull QuoteView> getNodes() {
        return page.rows();
    }

    @NonNull
    @Description("The quotes of this page, each with its cursor.")
    public List<@NonNull QuoteEdge> getEdges() {
        return page.rows().stream().map(quote -> new QuoteEdge(page.cursor(quote), quote)).toList();
    }

    @NonNull
    @Description("Where this page sits in the list.")
    public PageInfo getPageInfo() {
        return page.pageInfo();
    }
}
