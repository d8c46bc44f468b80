package io.envoys.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.envoys.country.CountryLoader;
import io.envoys.envoy.EnvoyLoader;
import io.envoys.quote.QuoteLoader;
import io.envoys.shared.ListQuery;
import io.envoys.shared.Page;
import io.envoys.shared.PageRequest;
import io.envoys.shared.Relations;
import io.envoys.shared.Rows;
import io.envoys.shared.Selection;
import io.envoys.shared.Where;

/** Reads meetings and the relationship fields below them, one statement per requested level. */
@ApplicationScoped
public class MeetingLoader {

    static final String LIST = "meetings";

    private static final String COLUMNS = MeetingView.columns("m");
    private static final String BY_IDS = "select m.id, " + COLUMNS + " from Meeting m where m.id in :keys";
    private static final String HOSTED_BY = "select m.hostCountry.id, " + COLUMNS
            + " from Meeting m where m.hostCountry.id in :keys order by m.date desc, m.id desc";
    private static final String ATTENDED_BY = "select e.id, " + COLUMNS
            + " from Meeting m join m.participants e where e.id in :keys order by m.date, m.id";
    private static final String TOPICS = "select m.id, t from Meeting m join m.topics t where m.id in :keys"
            + " order by index(t)";
    private static final ListQuery<MeetingView> PAGE = new ListQuery<>(LIST,
            "select m.id, " + COLUMNS + " from Meeting m", "select count(m) from Meeting m",
            " order by m.date desc, m.id desc",
            row -> MeetingView.read(row, 1), meeting -> new Object[] {meeting.date(), meeting.id()}, 2,
            (where, after) -> where.and("(m.date, m.id) < (:afterDate, :afterId)")
                    .param("afterDate", after.datePart(0))
                    .param("afterId", after.longPart(1)));

    private final EntityManager em;
    private final CountryLoader countries;
    private final EnvoyLoader envoys;
    private final QuoteLoader quotes;

    MeetingLoader(EntityManager em, CountryLoader countries, EnvoyLoader envoys, QuoteLoader quotes) {
        this.em = em;
        this.countries = countries;
        this.envoys = envoys;
        this.quotes = quotes;
    }

    public Map<Long, MeetingView> byIds(Collection<Long> ids, Selection selection) {
        Map<Long, MeetingView> found = Rows.oneByKey(em, BY_IDS, ids, row -> MeetingView.read(row, 1));
        expand(found.values(), selection);
        return found;
    }

    public Map<Long, List<MeetingView>> hostedBy(Collection<Long> countryIds, Selection selection) {
        return expand(Rows.byKey(em, HOSTED_BY, countryIds, row -> MeetingView.read(row, 1)), selection);
    }

    public Map<Long, List<MeetingView>> attendedBy(Collection<Long> envoyIds, Selection selection) {
        return expand(Rows.byKey(em, ATTENDED_BY, envoyIds, row -> MeetingView.read(row, 1)), selection);
    }

    /** A page of meetings matching {@code filter} (over alias {@code m}), newest first. */
    public Page<MeetingView> page(Where filter, PageRequest request, Selection connection) {
        Page<MeetingView> result = PAGE.fetch(em, filter, request, connection.has("totalCount"));
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
            Relations.many(meetings, MeetingView::id, ids -> Rows.byKey(em, TOPICS, ids, row -> (String) row[1]),
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
