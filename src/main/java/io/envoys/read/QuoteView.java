package io.envoys.read;

import java.time.LocalDate;
import java.time.OffsetDateTime;

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
    static final int WIDTH = 12;

    /** Columns read by {@link #read}, for a quote aliased {@code alias} and its meeting's date. */
    static String columns(String alias, String meetingDate) {
        return alias + ".id, " + alias + ".text, " + alias + ".partial, " + alias + ".context, " + alias + ".position, "
                + alias + ".speaker_id, " + alias + ".meeting_id, " + meetingDate + ", " + alias + ".article_id, "
                + alias + ".start_offset, " + alias + ".end_offset, " + alias + ".recorded_at";
    }

    private final Long id;
    private final String text;
    private final boolean partial;
    private final String context;
    private final int position;
    private final Long speakerId;
    private final Long meetingId;
    private final LocalDate meetingDate;
    private final Long articleId;
    private final Integer start;
    private final Integer end;
    private final OffsetDateTime recordedAt;
    private EnvoyView speaker;
    private MeetingView meeting;
    private ArticleView article;
    private String excerpt;

    private QuoteView(Object[] row, int from) {
        this.id = (Long) row[from];
        this.text = (String) row[from + 1];
        this.partial = (Boolean) row[from + 2];
        this.context = (String) row[from + 3];
        this.position = (Integer) row[from + 4];
        this.speakerId = (Long) row[from + 5];
        this.meetingId = (Long) row[from + 6];
        this.meetingDate = (LocalDate) row[from + 7];
        this.articleId = (Long) row[from + 8];
        this.start = (Integer) row[from + 9];
        this.end = (Integer) row[from + 10];
        this.recordedAt = (OffsetDateTime) row[from + 11];
    }

    /** Reads the {@link #columns} of a row, starting at column {@code from}. */
    static QuoteView read(Object[] row, int from) {
        return new QuoteView(row, from);
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
    @Description("When the quote entered this record (the recording request's start, on the database's clock); for"
            + " what was recorded after a moment, filter quotes with recordedSince.")
    public OffsetDateTime getRecordedAt() {
        return recordedAt;
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

    @Description("The article the quote was taken from, confirmed by an editor; null for a quote recorded by hand.")
    public ArticleView getArticle() {
        return article;
    }

    @Description("Where the quoted words start in the article's text (UTF-16 code units, from 0); null without an"
            + " article.")
    public Integer getStart() {
        return start;
    }

    @Description("Where the quoted words end in the article's text (exclusive): text[start:end] is the quote as it"
            + " was confirmed; null without an article.")
    public Integer getEnd() {
        return end;
    }

    @Description("The sentence or sentences of the article that hold the quote, cue included, so a reader sees it in"
            + " context: at most 300 characters either side of the quote, cut at a word; null without an article.")
    public String getExcerpt() {
        return excerpt;
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

    Long articleId() {
        return articleId;
    }

    Integer start() {
        return start;
    }

    Integer end() {
        return end;
    }

    void article(ArticleView article) {
        this.article = article;
    }

    void excerpt(String excerpt) {
        this.excerpt = excerpt;
    }
}
