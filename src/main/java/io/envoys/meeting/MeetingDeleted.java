package io.envoys.meeting;

/**
 * A meeting is being deleted, inside the deleting transaction (observers run before its row goes): what refers to it
 * from rooms this one must not depend on (the articles confirmed into it) is put right by their own room.
 *
 * @param meetingId the meeting's id
 */
public record MeetingDeleted(long meetingId) {
}
