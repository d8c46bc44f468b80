package io.envoys.read;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

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
    static final String PARTICIPANTS = "select mp.meeting_id, " + COLUMNS
            + " from meeting_participant mp join envoy e on e.id = mp.envoy_id%2$s where mp.meeting_id = any(?)"
            + " order by e.name, e.id";
    private static final Keyset BY_NAME = Keyset.of(Keyset.text("e.name"), Keyset.number("e.id"));
    static final NestedList<EnvoyView> OF_COUNTRIES = new NestedList<>("Country.envoys", "e.country_id", "e.*", "e",
            "from envoy e where e.country_id %s", BY_NAME, COLUMNS, "%2$s",
            envoy -> new Object[] {envoy.name(), envoy.id()});
    /** The other envoys who took part in each envoy's meetings. */
    private static final String MET = " from meeting_participant self join meeting_participant other"
            + " on other.meeting_id = self.meeting_id and other.envoy_id <> self.envoy_id";
    /**
     * Each envoy's counterparts, most meetings together first, then by name: the pairs are counted for the parents
     * first, each with the counterpart's name looked up by id (joined, PostgreSQL's generic plan would hash the whole
     * envoy table), so only the parents' meetings are read.
     */
    static final NestedList<CounterpartView> COUNTERPARTS = new NestedList<>("Envoy.counterparts", "p.self_id",
            "p.other_id, p.meetings, p.last_met", "p",
            "from (select self.envoy_id as self_id, other.envoy_id as other_id, count(*) as meetings,"
                    + " max(self.meeting_date) as last_met,"
                    + " (select n.name from envoy n where n.id = other.envoy_id) as name" + MET + " where self.envoy_id %s"
                    + " group by self.envoy_id, other.envoy_id) p where true",
            Keyset.of(Keyset.number("p.meetings").desc(), Keyset.text("p.name"), Keyset.number("p.other_id")),
            "p.meetings, p.last_met, " + COLUMNS, " join envoy e on e.id = p.other_id%2$s",
            counterpart -> new Object[] {counterpart.meetingCount(), counterpart.envoy().name(),
                counterpart.envoy().id()});
    private static final String PAGE_SELECT = "select e.id, " + COLUMNS + " from envoy e%2$s";
    private static final ListQuery<EnvoyView> PAGE = new ListQuery<>(LIST, "select count(*) from envoy e", BY_NAME,
            envoy -> new Object[] {envoy.name(), envoy.id()});

    private final Sql sql;
    private final Level<EnvoyView> level;
    private final Level<CounterpartView> counterparts;
    private final CountryLoader countries;
    private final MeetingLoader meetings;
    private final QuoteLoader quotes;

    EnvoyLoader(Sql sql, CountryLoader countries, MeetingLoader meetings, QuoteLoader quotes) {
        this.sql = sql;
        this.level = new Level<>(sql, EnvoyView::read, EnvoyView.WIDTH, this::expand);
        this.counterparts = new Level<>(sql, CounterpartView::read, CounterpartView.WIDTH,
                (read, selection) -> expand(read.stream().map(CounterpartView::envoy).toList(), selection.get("envoy")));
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

    /** Each country's page of envoys, by name, for {@code Country.envoys(arguments)}. */
    Map<Long, Page<EnvoyView>> ofCountries(Collection<Long> countryIds, Map<String, Object> arguments,
            Selection connection) {
        return level.pages(OF_COUNTRIES, JOINS, countryIds, new Where(), NestedArguments.page(arguments, "envoys"),
                connection);
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
        Relations.pages(envoys, EnvoyView::id, "meetings", selection, meetings::attendedBy, MeetingConnection::new);
        Relations.pages(envoys, EnvoyView::id, "quotes", selection, quotes::bySpeakers, QuoteConnection::new);
        Relations.pages(envoys, EnvoyView::id, "counterparts", selection, this::counterparts,
                CounterpartConnection::new);
    }

    /** Each envoy's page of counterparts, for {@code Envoy.counterparts(arguments)}. */
    private Map<Long, Page<CounterpartView>> counterparts(Collection<Long> envoyIds, Map<String, Object> arguments,
            Selection connection) {
        return counterparts.pages(COUNTERPARTS, List.of(), envoyIds, new Where(),
                NestedArguments.page(arguments, "counterparts"), connection);
    }
}
