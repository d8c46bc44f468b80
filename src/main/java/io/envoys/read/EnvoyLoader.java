package io.envoys.read;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.envoys.db.Sql;
import io.envoys.db.Where;

/**
 * Reads envoys and the relationship fields below them, one statement per requested to-many level; the envoy's
 * country comes in the envoys' own statement.
 */
@ApplicationScoped
class EnvoyLoader {

    static final String LIST = "envoys";

    private static final String COLUMNS = EnvoyView.columns("e") + "%1$s";
    static final List<JoinedOne<EnvoyView, ?>> JOINS = List.of(CountryLoader.joined("country", "ec",
            " join country ec on ec.id = e.country_id", EnvoyView::country));
    static final String BY_IDS = "select e.id, " + COLUMNS
            + " from envoy e%2$s where e.id = any(?) order by e.name, e.id";
    static final String OF_COUNTRIES = "select e.country_id, " + COLUMNS
            + " from envoy e%2$s where e.country_id = any(?) order by e.name, e.id";
    static final String PARTICIPANTS = "select mp.meeting_id, " + COLUMNS
            + " from meeting_participant mp join envoy e on e.id = mp.envoy_id%2$s where mp.meeting_id = any(?)"
            + " order by e.name, e.id";
    /**
     * How often and how recently each envoy met each other one. The counterparts are read by id afterwards: joined
     * here, PostgreSQL's plan for any number of envoys would hash the whole envoy table.
     */
    static final String PAIRS = "select self.envoy_id, other.envoy_id, count(*), max(m.date)"
            + " from meeting_participant self"
            + " join meeting_participant other on other.meeting_id = self.meeting_id and other.envoy_id <> self.envoy_id"
            + " join meeting m on m.id = self.meeting_id"
            + " where self.envoy_id = any(?) group by self.envoy_id, other.envoy_id";
    private static final String PAGE_SELECT = "select e.id, " + COLUMNS + " from envoy e%2$s";
    private static final ListQuery<EnvoyView> PAGE = new ListQuery<>(LIST, "select count(*) from envoy e",
            " order by e.name, e.id", envoy -> new Object[] {envoy.name(), envoy.id()}, 2,
            (where, after) -> where.and("(e.name, e.id) > (?, ?)", after.part(0), after.longPart(1)));

    private final Sql sql;
    private final Level<EnvoyView> level;
    private final CountryLoader countries;
    private final MeetingLoader meetings;
    private final QuoteLoader quotes;

    EnvoyLoader(Sql sql, CountryLoader countries, MeetingLoader meetings, QuoteLoader quotes) {
        this.sql = sql;
        this.level = new Level<>(sql, EnvoyView::read, EnvoyView.WIDTH, this::expand);
        this.countries = countries;
        this.meetings = meetings;
        this.quotes = quotes;
    }

    /** A parent's envoy read in the parent's statement, under {@code alias}, brought in by {@code join}. */
    static <P> JoinedOne<P, EnvoyView> joined(String field, String alias, String join,
            BiConsumer<P, EnvoyView> set) {
        return new JoinedOne<>(field, EnvoyView.columns(alias), EnvoyView.WIDTH, join, EnvoyView::read, set);
    }

    /** The envoys with these ids, in the map's order by name. */
    Map<Long, EnvoyView> byIds(Collection<Long> ids, Selection selection) {
        return level.one(BY_IDS, JOINS, ids, selection);
    }

    Map<Long, List<EnvoyView>> ofCountries(Collection<Long> countryIds, Selection selection) {
        return level.many(OF_COUNTRIES, JOINS, countryIds, selection);
    }

    Map<Long, List<EnvoyView>> participantsOf(Collection<Long> meetingIds, Selection selection) {
        return level.many(PARTICIPANTS, JOINS, meetingIds, selection);
    }

    /** A page of envoys matching {@code filter} (over alias {@code e}), by name then id. */
    Page<EnvoyView> page(Where filter, PageRequest request, Selection connection) {
        return level.page(PAGE, PAGE_SELECT, JOINS, filter, request, connection);
    }

    /** Loads the relationship fields {@code selection} asks for below envoys read elsewhere. */
    void expand(Collection<EnvoyView> envoys, Selection selection) {
        if (envoys.isEmpty()) {
            return;
        }
        if (selection.has("country")) {
            Selection country = selection.get("country");
            Relations.one(envoys, EnvoyView::getCountry, EnvoyView::countryId, ids -> countries.byIds(ids, country),
                    EnvoyView::country, joined -> countries.expand(joined, country));
        }
        if (selection.has("meetings")) {
            Relations.many(envoys, EnvoyView::id, ids -> meetings.attendedBy(ids, selection.get("meetings")),
                    EnvoyView::meetings);
        }
        if (selection.has("quotes")) {
            Relations.many(envoys, EnvoyView::id, ids -> quotes.bySpeakers(ids, selection.get("quotes")),
                    EnvoyView::quotes);
        }
        if (selection.has("counterparts")) {
            Relations.many(envoys, EnvoyView::id, ids -> counterparts(ids, selection.get("counterparts")),
                    EnvoyView::counterparts);
        }
    }

    /** Each envoy's counterparts, most meetings first, then by name. */
    private Map<Long, List<CounterpartView>> counterparts(Collection<Long> envoyIds, Selection selection) {
        Map<Long, List<Object[]>> pairs = sql.byKey(PAIRS, envoyIds, Function.identity());
        Set<Long> met = new HashSet<>();
        pairs.values().forEach(rows -> rows.forEach(pair -> met.add((Long) pair[1])));
        Map<Long, EnvoyView> byName = byIds(met, selection.get("envoy"));
        Map<Long, Integer> nameOrder = new HashMap<>();
        byName.keySet().forEach(id -> nameOrder.put(id, nameOrder.size()));
        Comparator<Object[]> order = Comparator.comparingLong((Object[] pair) -> -(Long) pair[2])
                .thenComparing(pair -> nameOrder.get((Long) pair[1]));
        Map<Long, List<CounterpartView>> grouped = new HashMap<>();
        pairs.forEach((self, rows) -> grouped.put(self, rows.stream().sorted(order)
                .map(pair -> new CounterpartView(byName.get((Long) pair[1]), ((Long) pair[2]).intValue(),
                        (LocalDate) pair[3]))
                .toList()));
        return grouped;
    }
}
