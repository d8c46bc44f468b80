package io.envoys.read;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A page of articles, newest first (Relay cursor connection). */
@Type("ArticleConnection")
@Description("A page of articles, newest first.")
public class ArticleConnection {

    private final Page<ArticleView> page;

    ArticleConnection(Page<ArticleView> page) {
        this.page = page;
    }

    @NonNull
    @Description("How many articles match the filter, on all pages.")
    public int getTotalCount() {
        return Math.toIntExact(page.totalCount());
    }

    @NonNull
    @Description("The articles of this page.")
    public List<@NonNull ArticleView> getNodes() {
        return page.rows();
    }

    @NonNull
    @Description("The articles of this page, each with its cursor.")
    public List<@NonNull ArticleEdge> getEdges() {
        return page.rows().stream().map(article -> new ArticleEdge(page.cursor(article), article)).toList();
    }

    @NonNull
    @Description("Where this page sits in the list.")
    public PageInfo getPageInfo() {
        return page.pageInfo();
    }
}
