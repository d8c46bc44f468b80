package io.envoys.read;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("EnvoyConnection")
@Description("A page of envoys, by name, then id.")
public class EnvoyConnection {

    private final Page<EnvoyView> page;

    EnvoyConnection(Page<EnvoyView> page) {
        this.page = page;
    }

    @NonNull
    @Description("How many envoys the field holds with its filter, on all pages.")
    public int getTotalCount() {
        return Math.toIntExact(page.totalCount());
    }

    @NonNull
    @Description("The envoys of this page.")
    public List<@NonNull EnvoyView> getNodes() {
        return page.rows();
    }

    @NonNull
    @Description("The envoys of this page, each with its cursor.")
    public List<@NonNull EnvoyEdge> getEdges() {
        return page.rows().stream().map(envoy -> new EnvoyEdge(page.cursor(envoy), envoy)).toList();
    }

    @NonNull
    @Description("Where this page sits in the list.")
    public PageInfo getPageInfo() {
        return page.pageInfo();
    }
}
