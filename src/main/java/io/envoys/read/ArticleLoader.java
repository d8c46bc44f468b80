package io.envoys.read;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.envoys.db.Sql;
import io.envoys.db.Where;
import io.envoys.error.ApiException;

/**
 * Reads the confirmed articles that quotes and meetings link to ({@code Quote.article}, {@code Meeting.articles}), for
 * every reader: the record's own sources, without drafts. An article's text is read only when the query asks for it.
 * Drafts are worked out only by {@link ArticleReads}, for editors.
 */
@ApplicationScoped
class ArticleLoader {

    /** The fields of an article that hold its draft, which only {@code article} and {@code articles} give. */
    static final Set<String> DRAFT_FIELDS = Set.of("proposedMeeting", "proposedParticipants", "proposedQuotes",
            "matchingMeeting");

    private static final String CONFIRMED = "a.status = 'CONFIRMED'";
    private static final Keyset NEWEST_FIRST = Keyset.of(Keyset.date("a.published_on").desc(),
            Keyset.number("a.id").desc());

    static final String BY_IDS = byIds(true);
    static final String BY_IDS_WITHOUT_TEXT = byIds(false);
    static final NestedList<ArticleView> REPORTING = reporting(true);
    static final NestedList<ArticleView> REPORTING_WITHOUT_TEXT = reporting(false);

    private final Level<ArticleView> level;
    private final MeetingLoader meetings;

    ArticleLoader(Sql sql, MeetingLoader meetings) {
        this.level = new Level<>(sql, ArticleView::read, ArticleView.WIDTH, this::expand);
        this.meetings = meetings;
    }

    /** The confirmed articles with these ids, for {@code Quote.article}. */
    Map<Long, ArticleView> byIds(Collection<Long> ids, Selection selection) {
        return level.one(selection.has("text") ? BY_IDS : BY_IDS_WITHOUT_TEXT, List.of(), ids, selection);
    }

    /** Each meeting's page of the confirmed articles that report it, newest first, for {@code Meeting.articles}. */
    Map<Long, Page<ArticleView>> ofMeetings(Collection<Long> meetingIds, Map<String, Object> arguments,
            Selection connection) {
        boolean text = connection.nodes().has("text");
        return level.pages(text ? REPORTING : REPORTING_WITHOUT_TEXT, List.of(), meetingIds, new Where(),
                NestedArguments.page(arguments, "articles"), connection);
    }

    private static String byIds(boolean text) {
        return "select a.id, " + ArticleView.columns("a", text) + " from article a where a.id = any(?) and " + CONFIRMED;
    }

    /** Where articles are reached as confirmed sources, for the refusal of a draft there. */
    static final String SOURCES = "under Quote.article and Meeting.articles";

    /** The list of a meeting's articles, reading their text or not. */
    private static NestedList<ArticleView> reporting(boolean text) {
        return new NestedList<>("Meeting.articles", "a.meeting_id", "a.*", "a",
                "from article a where " + CONFIRMED + " and a.meeting_id %s", NEWEST_FIRST,
                ArticleView.columns("a", text) + "%1$s", "%2$s",
                article -> new Object[] {article.getPublishedOn(), article.id()});
    }

    /**
     * Refuses a selection of confirmed articles, reached {@code where} ("under Meeting.articles"), that asks for a
     * draft, which they do not carry, whether or not there are articles to read.
     *
     * @throws ApiException BAD_USER_INPUT naming the draft field
     */
    static void refuseDrafts(Selection selection, String where) {
        for (String field : DRAFT_FIELDS) {
            if (selection.has(field)) {
                throw ApiException.badInput("Article." + field + " is part of an article's draft, which editors read"
                        + " through article(id) or articles; leave it out " + where);
            }
        }
    }

    /**
     * Loads an article's meeting when asked for.
     *
     * @throws ApiException BAD_USER_INPUT when the selection asks for a draft
     */
    private void expand(Collection<ArticleView> articles, Selection selection) {
        refuseDrafts(selection, SOURCES);
        List<ArticleView> withMeeting = articles.stream().filter(article -> article.meetingId() != null).toList();
        if (withMeeting.isEmpty() || !selection.has("meeting")) {
            return;
        }
        Selection meeting = selection.get("meeting");
        Relations.one(withMeeting, ArticleView::meetingId, ids -> meetings.byIds(ids, meeting), ArticleView::meeting);
    }
}
