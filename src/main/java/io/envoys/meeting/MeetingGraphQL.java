package io.envoys.meeting;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.envoys.graphql.CurrentSelection;
import io.envoys.read.ConnectionFields;
import io.envoys.read.MeetingConnection;
import io.envoys.read.MeetingFilter;
import io.envoys.read.MeetingReads;
import io.envoys.read.MeetingView;
import io.envoys.security.Editors;
import io.envoys.validation.Ids;

@GraphQLApi
public class MeetingGraphQL {

    private final MeetingService meetings;
    private final MeetingReads reads;
    private final CurrentSelection selection;

    MeetingGraphQL(MeetingService meetings, MeetingReads reads, CurrentSelection selection) {
        this.meetings = meetings;
        this.reads = reads;
        this.selection = selection;
    }

    @Query("meeting")
    @Description("The meeting with this id, or null when there is none.")
    public MeetingView meeting(@Name("id") @Id @NonNull @Description("The meeting's id.") String id) {
        return reads.byId(Ids.parse("id", id), selection.get());
    }

    @Mutation("createMeeting")
    @RolesAllowed(Editors.ROLE)
    @NonNull
    @Description("Enters a meeting with its participants. Needs the editor role.")
    public MeetingView createMeeting(@Name("input") @NonNull @Description("The new meeting.") MeetingInput input) {
        return meetings.create(input, selection.get());
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
        return meetings.update(Ids.parse("id", id), expectedVersion, input, selection.get());
    }

    @Mutation("deleteMeeting")
    @RolesAllowed(Editors.ROLE)
    @Id
    @NonNull
    @Description("Removes a meeting with its participations and quotes; the articles confirmed into it become DRAFTs"
            + " again, to be confirmed into another meeting or rejected. Returns the id. Needs the editor role.")
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
                selection.get());
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
                selection.get());
    }

    @Query("meetings")
    @NonNull
    @Description("Meetings, newest first (then by id, highest first); a page at a time.")
    public MeetingConnection meetings(
            @Name("filter") @Description("Conditions the meetings must meet; leave out for all.") MeetingFilter filter,
            @Name("first") @Description(ConnectionFields.FIRST) Integer first,
            @Name("after") @Description(ConnectionFields.AFTER) String after,
            @Name("last") @Description(ConnectionFields.LAST) Integer last,
            @Name("before") @Description(ConnectionFields.BEFORE) String before) {
        return reads.page(filter, first, after, last, before, selection.get());
    }
}
