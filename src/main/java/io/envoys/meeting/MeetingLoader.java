package io.envoys.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.envoys.country.CountryLoader;
import io.envoys.envoy.EnvoyLoader;
import io.envoys.quote.QuoteLoader;
import io.envoys.shared.ListQuery;
import io.envoys.shared.Page;
import io.envoys.shared.PageRequest;
import io.envoys.shared.Relations;
import io.envoys.shared.Selection;
import io.envoys.shared.Sql;
import io.envoys.shared.Where;

/** Reads meetings and the relationship fields below them, one statement per requested level. */
@ApplicationScoped
public class MeetingLoader {

    static final String LIST = "meetings";

    private static final String COLUMNS = MeetingView.columns("m");
    private static final String BY_IDS = "select m.id, " + COLUMNS + " from meeting m where m.id = any(?)";
    private static final String HOSTED_BY = "select m.host_country_id, " + COLUMNS
            + " from meeting m where m.host_country_id = any(?) order by m.date desc, m.id desc";
    private static final String ATTENDED_BY = "select mp.envoy_id, " + COLUMNS
            + " from meeting m join meeting_participant mp on mp.meeting_id = m.id where mp.envoy_id = any(?)"
            + " order by m.date, m.id";
    private static final String TOPICS = "select t.meeting_id, t.topic from meeting_topic t where t.meeting_id = any(?)"
            + " order by t.position";
    private static final ListQuery<MeetingView> PAGE = new ListQuery<>(LIST,
            "select m.id, " + COLUMNS + " from meeting m", "select count(*) from meeting m",
            " order by m.date desc, m.id desc",
            row -> MeetingView.read(row, 1), meeting -> new Object[] {meeting.date(), meeting.id()}, 2,
            (where, after) -> where.and("(m.date, m.id) < (?, ?)", after.datePart(0), after.longPart(1)));

    private final Sql sql;
    private final CountryLoader countries;
    private final EnvoyLoader envoys;
    private final QuoteLoader quotes;

    MeetingLoader(Sql sql, CountryLoader countries, EnvoyLoader envoys, QuoteLoader quotes) {
        this.sql = sql;
        this.countries = countries;
        this.envoys = envoys;
        this.quotes = quotes;
    }

    public Map<Long, MeetingView> byIds(Collection<Long> ids, Selection selection) {
        Map<Long, MeetingView> found = sql.oneByKey(BY_IDS, ids, row -> MeetingView.read(row, 1));
        expand(found.values(), selection);
        return found;
    }

    public Map<Long, List<MeetingView>> hostedBy(Collection<Long> countryIds, Selection selection) {
        return expand(sql.byKey(HOSTED_BY, countryIds, row -> MeetingView.read(row, 1)), selection);
    }

    public Map<Long, List<MeetingView>> attendedBy(Collection<Long> envoyIds, Selection selection) {
        return expand(sql.byKey(ATTENDED_BY, envoyIds, row -> MeetingView.read(row, 1)), selection);
    }

    /** A page of meetings matching {@code filter} (over alias {@code m}), newest first. */
    public Page<MeetingView> page(Where filter, PageRequest request, Selection connection) {
        Page<MeetingView> result = PAGE.fetch(sql, filter, request, connection.has("totalCount"));
        expand(result.rows(), connection.nodes());
        return result;
    }

    private Map<Long, List<MeetingView>> expand(Map<Long, List<MeetingView>> grouped, Selection selection) {
        expand(Relations.children(grouped), selection);
        return grouped;
    }

    private void expand(Collection<MeetingView> meetings, Selection selection) {
        if (meetings.isEmpty()) {
            return;
        }
        if (selection.has("topics")) {
            Relations.many(meetings, MeetingView::id, ids -> sql.byKey(TOPICS, ids, row -> (String) row[1]),
                    MeetingView::topics);
        }
        if (selection.has("hostCountry")) {
            Relations.one(meetings, MeetingView::hostCountryId,
                    ids -> countries.byIds(ids, selection.get("hostCountry")), MeetingView::hostCountry);
        }
        if (selection.has("participants")) {
            Relations.many(meetings, MeetingView::id,
                    ids -> envoys.participantsOf(ids, selection.get("participants")), MeetingView::participants);
        }
        if (selection.has("quotes")) {
            Relations.many(meetings, MeetingView::id, ids -> quotes.ofMeetings(ids, selection.get("quotes")),
                    MeetingView::quotes);
        }
    }
}
