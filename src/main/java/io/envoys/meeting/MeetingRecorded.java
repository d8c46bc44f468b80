package io.envoys.meeting;

/**
 * A meeting has entered the record, fired inside the recording transaction once its row is written; observers that
 * act on it after the commit register for that themselves.
 *
 * @param meetingId the new meeting's id
 */
public record MeetingRecorded(long meetingId) {
}
