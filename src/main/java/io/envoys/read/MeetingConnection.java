package io.envoys.read;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("MeetingConnection")
@Description("A page of meetings, in the order of the field that returned it (the field says which).")
public class MeetingConnection {

    private final Page<MeetingView> page;

    MeetingConnection(Page<MeetingView> page) {
        this.page = page;
    }

    @NonNull
    @Description("How many meetings the field holds with its filter, on all pages.")
    public int getTotalCount() {
        return Math.toIntExact(page.totalCount());
    }

    @NonNull
    @Description("The meetings of this page.")
    public List<@NonNull MeetingView> getNodes() {
        return page.rows();
    }

    @NonNull
    @Description("The meetings of this page, each with its cursor.")
    public List<@NonNull MeetingEdge> getEdges() {
        return page.rows().stream().map(meeting -> new MeetingEdge(page.cursor(meeting), meeting)).toList();
    }

    @NonNull
    @Description("Where this page sits in the list.")
    public PageInfo getPageInfo() {
        return page.pageInfo();
    }
}
