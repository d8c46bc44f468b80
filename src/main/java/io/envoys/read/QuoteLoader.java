package io.envoys.read;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.envoys.db.Sql;
import io.envoys.db.Where;

/** Reads quotes and the relationship fields below them, one statement per requested level. */
@ApplicationScoped
class QuoteLoader {

    static final String LIST = "quotes";

    private static final String COLUMNS = QuoteView.columns("q", "qm.date") + "%1$s";
    private static final String FROM = " from quote q join meeting qm on qm.id = q.meeting_id";
    /**
     * The meeting is joined anyway (its date orders quote pages). The speaker is not: with the statement prepared
     * once for any number of parents, PostgreSQL plans it for a few and would hash the whole envoy table; a lookup by
     * id is cheaper.
     */
    static final List<JoinedOne<QuoteView, ?>> JOINS = List.of(
            MeetingLoader.joined("meeting", "qm", "", QuoteView::meeting));
    /** A meeting's own quotes are paged by position, so they need no meeting date and join the meeting only when asked. */
    static final List<JoinedOne<QuoteView, ?>> MEETING_JOINS = List.of(
            MeetingLoader.joined("meeting", "qm", " join meeting qm on qm.id = q.meeting_id", QuoteView::meeting));
    static final String BY_IDS = "select q.id, " + COLUMNS + FROM + "%2$s where q.id = any(?)";
    static final NestedList<QuoteView> OF_MEETINGS = new NestedList<>("Meeting.quotes", "q.meeting_id", "q.*", "q",
            "from quote q where q.meeting_id %s", Keyset.of(Keyset.integer("q.position"), Keyset.number("q.id")),
            QuoteView.columns("q", "cast(null as date)") + "%1$s", "%2$s",
            quote -> new Object[] {quote.position(), quote.id()});
    static final NestedList<QuoteView> BY_SPEAKERS = new NestedList<>("Envoy.quotes", "q.speaker_id",
            "q.*, qm.date as meeting_date", "q", "from quote q join meeting qm on qm.id = q.meeting_id"
                    + " where q.speaker_id %s", Keyset.of(Keyset.date("qm.date"), Keyset.number("qm.id"),
                            Keyset.integer("q.position"), Keyset.number("q.id")),
            QuoteView.columns("q", "q.meeting_date") + "%1$s", "%2$s",
            quote -> new Object[] {quote.meetingDate(), quote.meetingId(), quote.position(), quote.id()});
    private static final String PAGE_SELECT = "select q.id, " + COLUMNS + FROM + "%2$s";
    private static final ListQuery<QuoteView> PAGE = new ListQuery<>(LIST, "select count(*)" + FROM,
            Keyset.of(Keyset.date("qm.date").desc(), Keyset.number("qm.id").desc(), Keyset.integer("q.position"),
                    Keyset.number("q.id")),
            quote -> new Object[] {quote.meetingDate(), quote.meetingId(), quote.position(), quote.id()});

    private final Level<QuoteView> level;
    private final EnvoyLoader envoys;
    private final MeetingLoader meetings;
    private final ArticleLoader articles;
    private final QuoteExcerpts excerpts;

    QuoteLoader(Sql sql, EnvoyLoader envoys, MeetingLoader meetings, ArticleLoader articles, QuoteExcerpts excerpts) {
        this.level = new Level<>(sql, QuoteView::read, QuoteView.WIDTH, this::expand);
        this.envoys = envoys;
        this.meetings = meetings;
        this.articles = articles;
        this.excerpts = excerpts;
    }

    Map<Long, QuoteView> byIds(Collection<Long> ids, Selection selection) {
        return level.one(BY_IDS, JOINS, ids, selection);
    }

    /** Each meeting's page of quotes, in the order reported, for {@code Meeting.quotes(arguments)}. */
    Map<Long, Page<QuoteView>> ofMeetings(Collection<Long> meetingIds, Map<String, Object> arguments,
            Selection connection) {
        return level.pages(OF_MEETINGS, MEETING_JOINS, meetingIds, new Where(),
                NestedArguments.page(arguments, "quotes"), connection);
    }

    /** Each envoy's page of quotes, by meeting date, for {@code Envoy.quotes(arguments)}. */
    Map<Long, Page<QuoteView>> bySpeakers(Collection<Long> envoyIds, Map<String, Object> arguments,
            Selection connection) {
        return level.pages(BY_SPEAKERS, MEETING_JOINS, envoyIds, NestedArguments.dates(arguments, "quotes", "qm.date"),
                NestedArguments.page(arguments, "quotes"), connection);
    }

    /** A page of quotes matching {@code filter} (over alias {@code q}): newest meeting first, then by position. */
    Page<QuoteView> page(Where filter, PageRequest request, Selection connection) {
        return level.page(PAGE, PAGE_SELECT, JOINS, filter, request, connection);
    }

    private void expand(Collection<QuoteView> quotes, Selection selection) {
        if (quotes.isEmpty()) {
            return;
        }
        if (selection.has("speaker")) {
            Selection speaker = selection.get("speaker");
            Relations.one(quotes, QuoteView::getSpeaker, QuoteView::speakerId, ids -> envoys.byIds(ids, speaker),
                    QuoteView::speaker, joined -> envoys.expand(joined, speaker));
        }
        if (selection.has("meeting")) {
            Selection meeting = selection.get("meeting");
            Relations.one(quotes, QuoteView::getMeeting, QuoteView::meetingId, ids -> meetings.byIds(ids, meeting),
                    QuoteView::meeting, joined -> meetings.expand(joined, meeting));
        }
        List<QuoteView> sourced = quotes.stream().filter(quote -> quote.articleId() != null).toList();
        if (selection.has("article")) {
            Selection article = selection.get("article");
            ArticleLoader.refuseDrafts(article, ArticleLoader.SOURCES);
            if (!sourced.isEmpty()) {
                Relations.one(sourced, QuoteView::articleId, ids -> articles.byIds(ids, article), QuoteView::article);
            }
        }
        if (selection.has("excerpt")) {
            excerpts.fill(sourced);
        }
    }
}
