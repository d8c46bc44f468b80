package io.envoys.quote;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.envoys.envoy.EnvoyLoader;
import io.envoys.meeting.MeetingLoader;
import io.envoys.shared.ListQuery;
import io.envoys.shared.Page;
import io.envoys.shared.PageRequest;
import io.envoys.shared.Relations;
import io.envoys.shared.Rows;
import io.envoys.shared.Selection;
import io.envoys.shared.Where;

/** Reads quotes and the relationship fields below them, one statement per requested level. */
@ApplicationScoped
public class QuoteLoader {

    static final String LIST = "quotes";

    private static final String COLUMNS = QuoteView.columns("q");
    private static final String BY_IDS = "select q.id, " + COLUMNS + " from Quote q where q.id in :keys";
    private static final String OF_MEETINGS = "select q.meeting.id, " + COLUMNS
            + " from Quote q where q.meeting.id in :keys order by q.position, q.id";
    private static final String BY_SPEAKERS = "select q.speaker.id, " + COLUMNS
            + " from Quote q where q.speaker.id in :keys order by q.meeting.date, q.meeting.id, q.position, q.id";
    private static final ListQuery<QuoteView> PAGE = new ListQuery<>(LIST,
            "select q.id, " + COLUMNS + " from Quote q", "select count(q) from Quote q",
            " order by q.meeting.date desc, q.meeting.id desc, q.position, q.id",
            row -> QuoteView.read(row, 1),
            quote -> new Object[] {quote.meetingDate(), quote.meetingId(), quote.position(), quote.id()}, 4,
            (where, after) -> where.and("(q.meeting.date < :afterDate"
                    + " or (q.meeting.date = :afterDate and q.meeting.id < :afterMeeting)"
                    + " or (q.meeting.date = :afterDate and q.meeting.id = :afterMeeting"
                    + " and (q.position > :afterPosition or (q.position = :afterPosition and q.id > :afterId))))")
                    .param("afterDate", after.datePart(0))
                    .param("afterMeeting", after.longPart(1))
                    .param("afterPosition", (int) after.longPart(2))
                    .param("afterId", after.longPart(3)));

    private final EntityManager em;
    private final EnvoyLoader envoys;
    private final MeetingLoader meetings;

    QuoteLoader(EntityManager em, EnvoyLoader envoys, MeetingLoader meetings) {
        this.em = em;
        this.envoys = envoys;
        this.meetings = meetings;
    }

    public Map<Long, QuoteView> byIds(Collection<Long> ids, Selection selection) {
        Map<Long, QuoteView> found = Rows.oneByKey(em, BY_IDS, ids, row -> QuoteView.read(row, 1));
        expand(found.values(), selection);
        return found;
    }

    public Map<Long, List<QuoteView>> ofMeetings(Collection<Long> meetingIds, Selection selection) {
        return expand(Rows.byKey(em, OF_MEETINGS, meetingIds, row -> QuoteView.read(row, 1)), selection);
    }

    public Map<Long, List<QuoteView>> bySpeakers(Collection<Long> envoyIds, Selection selection) {
        return expand(Rows.byKey(em, BY_SPEAKERS, envoyIds, row -> QuoteView.read(row, 1)), selection);
    }

    /** A page of quotes matching {@code filter} (over alias {@code q}): newest meeting first, then by position. */
    public Page<QuoteView> page(Where filter, PageRequest request, Selection connection) {
        Page<QuoteView> result = PAGE.fetch(em, filter, request, connection.has("totalCount"));
        expand(result.rows(), connection.nodes());
        return result;
    }

    private Map<Long, List<QuoteView>> expand(Map<Long, List<QuoteView>> grouped, Selection selection) {
        expand(Relations.children(grouped), selection);
        return grouped;
    }

    private void expand(Collection<QuoteView> quotes, Selection selection) {
        if (quotes.isEmpty()) {
            return;
        }
        if (selection.has("speaker")) {
            Relations.one(quotes, QuoteView::speakerId, ids -> envoys.byIds(ids, selection.get("speaker")),
                    QuoteView::speaker);
        }
        if (selection.has("meeting")) {
            Relations.one(quotes, QuoteView::meetingId, ids -> meetings.byIds(ids, selection.get("meeting")),
                    QuoteView::meeting);
        }
    }
}
