package io.envoys.meeting;

/**
 * A meeting in the record has changed (its fields, its participants, or its quotes), fired inside the changing
 * transaction with the meeting's row held, so that for one meeting these events come in the order the changes commit.
 *
 * @param meetingId the changed meeting's id
 */
public record MeetingChanged(long meetingId) {
}
