package io.envoys.meeting;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.envoys.shared.Editors;
import io.envoys.shared.Ids;
import io.envoys.shared.RootField;
import io.envoys.shared.RootFields;
import io.envoys.shared.Selection;
import io.smallrye.graphql.api.Context;

@GraphQLApi
public class MeetingGraphQL implements RootFields {

    private final MeetingService meetings;
    private final Context context;

    MeetingGraphQL(MeetingService meetings, Context context) {
        this.meetings = meetings;
        this.context = context;
    }

    @Query("meeting")
    @Description("The meeting with this id, or null when there is none.")
    public MeetingView meeting(@Name("id") @Id @NonNull @Description("The meeting's id.") String id) {
        return meetings.byId(Ids.parse("id", id), Selection.of(context));
    }

    @Mutation("createMeeting")
    @RolesAllowed(Editors.ROLE)
    @NonNull
    @Description("Enters a meeting with its participants. Needs the editor role.")
    public MeetingView createMeeting(@Name("input") @NonNull @Description("The new meeting.") MeetingInput input) {
        return meetings.create(input, Selection.of(context));
    }

    @Mutation("updateMeeting")
    @RolesAllowed(Editors.ROLE)
    @NonNull
    @Description("Replaces a meeting's fields and participants if nobody changed it since you read it"
            + " (expectedVersion); the version then grows by one. A stale version is a CONFLICT, and so is leaving out"
            + " a participant who is quoted at the meeting. Needs the editor role.")
    public MeetingView updateMeeting(
            @Name("id") @Id @NonNull @Description("The meeting to change.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("input") @NonNull @Description("The meeting's new fields.") MeetingInput input) {
        return meetings.update(Ids.parse("id", id), expectedVersion, input, Selection.of(context));
    }

    @Mutation("deleteMeeting")
    @RolesAllowed(Editors.ROLE)
    @Id
    @NonNull
    @Description("Removes a meeting with its participations and quotes; returns the id. Needs the editor role.")
    public String deleteMeeting(@Name("id") @Id @NonNull @Description("The meeting to remove.") String id) {
        return String.valueOf(meetings.delete(Ids.parse("id", id)));
    }

    @Mutation("addParticipant")
    @RolesAllowed(Editors.ROLE)
    @NonNull
    @Description("Adds an envoy to a meeting's participants; the meeting's version grows by one. Needs the editor"
            + " role.")
    public MeetingView addParticipant(
            @Name("meetingId") @Id @NonNull @Description("The meeting.") String meetingId,
            @Name("envoyId") @Id @NonNull @Description("The envoy who took part.") String envoyId) {
        return meetings.addParticipant(Ids.parse("meetingId", meetingId), Ids.parse("envoyId", envoyId),
                Selection.of(context));
    }

    @Mutation("removeParticipant")
    @RolesAllowed(Editors.ROLE)
    @NonNull
    @Description("Removes an envoy from a meeting's participants, refused while the envoy is quoted at the meeting;"
            + " the meeting's version grows by one. Needs the editor role.")
    public MeetingView removeParticipant(
            @Name("meetingId") @Id @NonNull @Description("The meeting.") String meetingId,
            @Name("envoyId") @Id @NonNull @Description("The envoy to remove from it.") String envoyId) {
        return meetings.removeParticipant(Ids.parse("meetingId", meetingId), Ids.parse("envoyId", envoyId),
                Selection.of(context));
    }

    @Query("meetings")
    @NonNull
    @Description("Meetings, newest first (then by id); a page at a time.")
    public MeetingConnection meetings(
            @Name("filter") @Description("Conditions the meetings must meet; leave out for all.") MeetingFilter filter,
            @Name("first") @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Name("after") @Description("Cursor of the row after which the page starts.") String after) {
        return meetings.list(filter, first, after, Selection.of(context));
    }

    @Override
    public Map<String, RootField> rootFields() {
        return Map.of(
                "meeting", (arguments, selection) -> meetings.byId(Ids.parse("id", arguments.string("id")), selection),
                "meetings", (arguments, selection) -> meetings.list(arguments.input("filter", MeetingFilter.class),
                        arguments.integer("first"), arguments.string("after"), selection));
    }
}
