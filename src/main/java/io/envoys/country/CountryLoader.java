package io.envoys.country;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.envoys.envoy.EnvoyLoader;
import io.envoys.meeting.MeetingLoader;
import io.envoys.shared.Relations;
import io.envoys.shared.Rows;
import io.envoys.shared.Selection;

/** Reads countries and the relationship fields below them, one statement per requested level. */
@ApplicationScoped
public class CountryLoader {

    private static final String SELECT = "select c.id, " + CountryView.columns("c") + " from Country c";
    private static final String BY_IDS = SELECT + " where c.id in :keys";
    private static final String ALL = SELECT + " order by c.name, c.id";
    private static final String BY_CODE = SELECT + " where c.code = :code";
    private static final String ID_BY_CODE = "select c.id from Country c where c.code = :code";

    private final EntityManager em;
    private final EnvoyLoader envoys;
    private final MeetingLoader meetings;

    CountryLoader(EntityManager em, EnvoyLoader envoys, MeetingLoader meetings) {
        this.em = em;
        this.envoys = envoys;
        this.meetings = meetings;
    }

    public Map<Long, CountryView> byIds(Collection<Long> ids, Selection selection) {
        Map<Long, CountryView> found = Rows.oneByKey(em, BY_IDS, ids, row -> CountryView.read(row, 1));
        expand(found.values(), selection);
        return found;
    }

    public List<CountryView> all(Selection selection) {
        List<CountryView> countries = em.createQuery(ALL, Object[].class).getResultStream()
                .map(row -> CountryView.read(row, 1)).toList();
        expand(countries, selection);
        return countries;
    }

    public Optional<CountryView> byCode(String code, Selection selection) {
        List<CountryView> found = em.createQuery(BY_CODE, Object[].class).setParameter("code", code)
                .getResultStream().map(row -> CountryView.read(row, 1)).toList();
        expand(found, selection);
        return found.stream().findFirst();
    }

    public Optional<Long> idOf(String code) {
        return em.createQuery(ID_BY_CODE, Long.class).setParameter("code", code).getResultStream().findFirst();
    }

    private void expand(Collection<CountryView> countries, Selection selection) {
        if (countries.isEmpty()) {
            return;
        }
        if (selection.has("envoys")) {
            Relations.many(countries, CountryView::id, ids -> envoys.ofCountries(ids, selection.get("envoys")),
                    CountryView::envoys);
        }
        if (selection.has("hostedMeetings")) {
            Relations.many(countries, CountryView::id,
                    ids -> meetings.hostedBy(ids, selection.get("hostedMeetings")), CountryView::hostedMeetings);
        }
    }
}
