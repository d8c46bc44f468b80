package io.envoys.quote;

/**
 * A quote has entered the record, fired inside the recording transaction with its meeting's row held.
 *
 * @param quoteId the new quote's id
 * @param meetingId the meeting it was said at
 */
public record QuoteRecorded(long quoteId, long meetingId) {
}
