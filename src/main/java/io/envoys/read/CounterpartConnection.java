package io.envoys.read;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CounterpartConnection")
@Description("A page of an envoy's counterparts: most meetings together first, then by name.")
public class CounterpartConnection {

    private final Page<CounterpartView> page;

    CounterpartConnection(Page<CounterpartView> page) {
        this.page = page;
    }

    @NonNull
    @Description("How many counterparts the envoy has, on all pages.")
    public int getTotalCount() {
        return Math.toIntExact(page.totalCount());
    }

    @NonNull
    @Description("The counterparts of this page.")
    public List<@NonNull CounterpartView> getNodes() {
        return page.rows();
    }

    @NonNull
    @Description("The counterparts of this page, each with its cursor.")
    public List<@NonNull CounterpartEdge> getEdges() {
        return page.rows().stream().map(counterpart -> new CounterpartEdge(page.cursor(counterpart), counterpart))
                .toList();
    }

    @NonNull
    @Description("Where this page sits in the list.")
    public PageInfo getPageInfo() {
        return page.pageInfo();
    }
}
