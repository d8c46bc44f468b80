package io.envoys.read;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * An article as the API returns it: the stored record and, when asked for, the draft the service proposes from its
 * text ({@link ArticleDrafts}), drafted again at each read against the envoys the record holds then.
 */
@Type("Article")
@Description("A news item the record comes from: its text and, while it is a DRAFT, what the service proposes from it"
        + " (the meeting, who took part, every quoted passage and who said it, each with the words it came from), for"
        + " an editor to confirm or reject. Offsets count UTF-16 code units of text, as JavaScript and Java index"
        + " strings. Reached from Quote.article or Meeting.articles, an article is a confirmed source without its"
        + " draft: asking there for proposedMeeting, proposedParticipants, proposedQuotes or matchingMeeting is"
        + " BAD_USER_INPUT.")
public class ArticleView {

    /** How many columns {@link #columns} lists. */
    static final int WIDTH = 10;

    /** Columns read by {@link #read}, for an article aliased {@code alias}. */
    static String columns(String alias) {
        return columns(alias, true);
    }

    /**
     * Columns read by {@link #read}, for an article aliased {@code alias}; without its text (a null in its place)
     * unless {@code withText}, for lists that read it only when the query asks for it (a text may be 100,000
     * characters).
     */
    static String columns(String alias, boolean withText) {
        return alias + ".id, " + alias + ".source, " + alias + ".url, " + alias + ".published_on, " + alias
                + ".headline, " + (withText ? alias + ".text" : "cast(null as varchar(1))") + ", " + alias
                + ".content_hash, " + alias + ".status, " + alias + ".meeting_id, " + alias + ".version";
    }

    private final Long id;
    private final String source;
    private final String url;
    private final LocalDate publishedOn;
    private final String headline;
    private final String text;
    private final String contentHash;
    private final ArticleStatus status;
    private final Long meetingId;
    private final int version;
    private MeetingView meeting;
    private ProposedMeetingView proposedMeeting;
    private List<ProposedParticipantView> proposedParticipants = List.of();
    private List<ProposedQuoteView> proposedQuotes = List.of();
    private MeetingView matchingMeeting;

    private ArticleView(Object[] row, int from) {
        this.id = (Long) row[from];
        this.source = (String) row[from + 1];
        this.url = (String) row[from + 2];
        this.publishedOn = (LocalDate) row[from + 3];
        this.headline = (String) row[from + 4];
        this.text = (String) row[from + 5];
        this.contentHash = (String) row[from + 6];
        this.status = ArticleStatus.valueOf((String) row[from + 7]);
        this.meetingId = (Long) row[from + 8];
        this.version = (Integer) row[from + 9];
    }

    /** Reads the {@link #columns} of a row, starting at column {@code from}. */
    static ArticleView read(Object[] row, int from) {
        return new ArticleView(row, from);
    }

    @Id
    @NonNull
    @Description("Stable identifier of the article.")
    public Long getId() {
        return id;
    }

    @Description("Who published it (an agency, a newspaper, a ministry), as the editor gave it.")
    public String getSource() {
        return source;
    }

    @Description("Where it was published, as the editor gave it.")
    public String getUrl() {
        return url;
    }

    @NonNull
    @Description("When it was published; relative dates in the text (\"on Tuesday\") count from it.")
    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    @Description("Its headline, when given.")
    public String getHeadline() {
        return headline;
    }

    @NonNull
    @Description("Its full text, as ingested (pasted HTML reduced to its text).")
    public String getText() {
        return text;
    }

    @NonNull
    @Description("SHA-256 (hex) of the text with each run of whitespace made one space: the same text ingested twice"
            + " is one article.")
    public String getContentHash() {
        return contentHash;
    }

    @NonNull
    @Description("DRAFT, CONFIRMED or REJECTED.")
    public ArticleStatus getStatus() {
        return status;
    }

    @NonNull
    @Description("Grows by one with each change; confirmArticle and rejectArticle take the version you read.")
    public int getVersion() {
        return version;
    }

    @Description("The meeting the article was confirmed into; null until it is confirmed.")
    public MeetingView getMeeting() {
        return meeting;
    }

    @Description("The meeting the service reads in the text: date, city, venue and host country, each with its"
            + " evidence.")
    public ProposedMeetingView getProposedMeeting() {
        return proposedMeeting;
    }

    @NonNull
    @Description("Who took part as the text tells it, each matched to a known envoy where one fits (at most 50).")
    public List<@NonNull ProposedParticipantView> getProposedParticipants() {
        return proposedParticipants;
    }

    @NonNull
    @Description("Every quoted passage of speech in article order, with its speaker or why there is none (at most"
            + " 500).")
    public List<@NonNull ProposedQuoteView> getProposedQuotes() {
        return proposedQuotes;
    }

    @Description("A meeting already in the record that the article most likely reports (dated within a day of the"
            + " proposed date, with the most known participants in common), so that confirming adds to it rather than"
            + " making a duplicate; null when none fits.")
    public MeetingView getMatchingMeeting() {
        return matchingMeeting;
    }

    Long id() {
        return id;
    }

    String text() {
        return text;
    }

    LocalDate publishedOn() {
        return publishedOn;
    }

    Long meetingId() {
        return meetingId;
    }

    void meeting(MeetingView meeting) {
        this.meeting = meeting;
    }

    void draft(ProposedMeetingView meeting, List<ProposedParticipantView> participants,
            List<ProposedQuoteView> quotes) {
        this.proposedMeeting = meeting;
        this.proposedParticipants = participants;
        this.proposedQuotes = quotes;
    }

    void matchingMeeting(MeetingView meeting) {
        this.matchingMeeting = meeting;
    }
}
