package io.envoys.read;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.quarkus.runtime.annotations.RegisterForReflection;

@Type("Quote")
@Description("A passage an envoy was quoted saying at a meeting, word for word as reported.")
@RegisterForReflection
public class QuoteView {

    /** How many columns {@link #columns} lists. */
    static final int WIDTH = 8;

    /** Columns read by {@link #read}, for a quote aliased {@code alias} and its meeting's date. */
    static String columns(String alias, String meetingDate) {
        return alias + ".id, " + alias + ".text, " + alias + ".partial, " + alias + ".context, " + alias + ".position, "
                + alias + ".speaker_id, " + alias + ".meeting_id, " + meetingDate;
    }

    private final Long id;
    private final String text;
    private final boolean partial;
    private final String context;
    private final int position;
    private final Long speakerId;
    private final Long meetingId;
    private final LocalDate meetingDate;
    private EnvoyView speaker;
    private MeetingView meeting;

    private QuoteView(Long id, String text, boolean partial, String context, int position, Long speakerId,
            Long meetingId, LocalDate meetingDate) {
        this.id = id;
        this.text = text;
        this.partial = partial;
        this.context = context;
        this.position = position;
        this.speakerId = speakerId;
        this.meetingId = meetingId;
        this.meetingDate = meetingDate;
    }

    /** Reads the {@link #columns} of a row, starting at column {@code from}. */
    static QuoteView read(Object[] row, int from) {
        return new QuoteView((Long) row[from], (String) row[from + 1], (Boolean) row[from + 2], (String) row[from + 3],
                (Integer) row[from + 4], (Long) row[from + 5], (Long) row[from + 6], (LocalDate) row[from + 7]);
    }

    @Id
    @NonNull
    @Description("Stable identifier of the quote.")
    public Long getId() {
        return id;
    }

    @NonNull
    @Description("The quoted words, as reported.")
    public String getText() {
        return text;
    }

    @NonNull
    @Description("True when only a fragment was quoted inside reported speech.")
    public boolean isPartial() {
        return partial;
    }

    @Description("How the report introduced the quote, e.g. 'the US negotiator said'.")
    public String getContext() {
        return context;
    }

    @NonNull
    @Description("Order of the quote within its meeting, from 1; deleted quotes leave gaps.")
    public int getPosition() {
        return position;
    }

    @NonNull
    @Description("The envoy who said it.")
    public EnvoyView getSpeaker() {
        return speaker;
    }

    @NonNull
    @Description("The meeting at which it was said.")
    public MeetingView getMeeting() {
        return meeting;
    }

    Long speakerId() {
        return speakerId;
    }

    Long meetingId() {
        return meetingId;
    }

    /** For the cursors of quote pages; null on a meeting's own quotes, read without it. */
    LocalDate meetingDate() {
        return meetingDate;
    }

    int position() {
        return position;
    }

    Long id() {
        return id;
    }

    void speaker(EnvoyView speaker) {
        this.speaker = speaker;
    }

    void meeting(MeetingView meeting) {
        this.meeting = meeting;
    }
}
