package io.envoys.read;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.envoys.db.Sql;
import io.envoys.db.Where;

/**
 * Reads meetings and the relationship fields below them (topics, host country, participants, quotes, the articles
 * that report them), one statement per requested to-many level; the host country comes in the meetings' own
 * statement.
 */
@ApplicationScoped
class MeetingLoader {

    static final String LIST = "meetings";

    private static final String COLUMNS = MeetingView.columns("m") + "%1$s";
    private static final String FROM = " from meeting m%2$s";
    static final List<JoinedOne<MeetingView, ?>> JOINS = List.of(CountryLoader.joined("hostCountry", "hc",
            " join country hc on hc.id = m.host_country_id", MeetingView::hostCountry));
    static final String BY_IDS = "select m.id, " + COLUMNS + FROM + " where m.id = any(?)";
    private static final Keyset NEWEST_FIRST = Keyset.of(Keyset.date("m.date").desc(), Keyset.number("m.id").desc());
    static final NestedList<MeetingView> HOSTED_BY = new NestedList<>("Country.hostedMeetings", "m.host_country_id",
            "m.*", "m", "from meeting m where m.host_country_id %s", NEWEST_FIRST, COLUMNS, "%2$s",
            meeting -> new Object[] {meeting.date(), meeting.id()});
    /** Read in the order of the participations' own copy of the meeting date (their index stops at the page). */
    static final NestedList<MeetingView> ATTENDED_BY = new NestedList<>("Envoy.meetings", "mp.envoy_id", "m.*", "m",
            "from meeting_participant mp join meeting m on m.id = mp.meeting_id where mp.envoy_id %s",
            Keyset.of(Keyset.date("mp.meeting_date"), Keyset.number("mp.meeting_id")), COLUMNS, "%2$s",
            meeting -> new Object[] {meeting.date(), meeting.id()});
    static final String TOPICS = "select t.meeting_id, t.topic from meeting_topic t where t.meeting_id = any(?)"
            + " order by t.position";
    static final String PAGE_SELECT = "select m.id, " + COLUMNS + FROM;
    static final ListQuery<MeetingView> PAGE = new ListQuery<>(LIST, "select count(*) from meeting m", NEWEST_FIRST,
            meeting -> new Object[] {meeting.date(), meeting.id()});

    private final Sql sql;
    private final Level<MeetingView> level;
    private final CountryLoader countries;
    private final EnvoyLoader envoys;
    private final QuoteLoader quotes;
    private final ArticleLoader articles;

    MeetingLoader(Sql sql, CountryLoader countries, EnvoyLoader envoys, QuoteLoader quotes, ArticleLoader articles) {
        this.sql = sql;
        this.level = new Level<>(sql, MeetingView::read, MeetingView.WIDTH, this::expand);
        this.countries = countries;
        this.envoys = envoys;
        this.quotes = quotes;
        this.articles = articles;
    }

    /** A parent's meeting read in the parent's statement, under {@code alias}, brought in by {@code join}. */
    static <P> JoinedOne<P, MeetingView> joined(String field, String alias, String join,
            BiConsumer<P, MeetingView> set) {
        return new JoinedOne<>(field, MeetingView.columns(alias), MeetingView.WIDTH, join, MeetingView::read, set);
    }

    Map<Long, MeetingView> byIds(Collection<Long> ids, Selection selection) {
        return level.one(BY_IDS, JOINS, ids, selection);
    }

    /** Each country's page of hosted meetings, newest first, for {@code Country.hostedMeetings(arguments)}. */
    Map<Long, Page<MeetingView>> hostedBy(Collection<Long> countryIds, Map<String, Object> arguments,
            Selection connection) {
        return level.pages(HOSTED_BY, JOINS, countryIds, NestedArguments.dates(arguments, "hostedMeetings", "m.date"),
                NestedArguments.page(arguments, "hostedMeetings"), connection);
    }

    /** Each envoy's page of meetings, oldest first, for {@code Envoy.meetings(arguments)}. */
    Map<Long, Page<MeetingView>> attendedBy(Collection<Long> envoyIds, Map<String, Object> arguments,
            Selection connection) {
        return level.pages(ATTENDED_BY, JOINS, envoyIds,
                NestedArguments.dates(arguments, "meetings", "mp.meeting_date"),
                NestedArguments.page(arguments, "meetings"), connection);
    }

    /** A page of meetings matching {@code filter} (over alias {@code m}), newest first. */
    Page<MeetingView> page(Where filter, PageRequest request, Selection connection) {
        return level.page(PAGE, PAGE_SELECT, JOINS, filter, request, connection);
    }

    /** Loads the relationship fields {@code selection} asks for below meetings read elsewhere. */
    void expand(Collection<MeetingView> meetings, Selection selection) {
        if (meetings.isEmpty()) {
            return;
        }
        if (selection.has("topics")) {
            Relations.many(meetings, MeetingView::id, ids -> sql.byKey(TOPICS, ids, row -> (String) row[1]),
                    MeetingView::topics);
        }
        if (selection.has("hostCountry")) {
            Selection hostCountry = selection.get("hostCountry");
            Relations.one(meetings, MeetingView::getHostCountry, MeetingView::hostCountryId,
                    ids -> countries.byIds(ids, hostCountry), MeetingView::hostCountry,
                    joined -> countries.expand(joined, hostCountry));
        }
        if (selection.has("participants")) {
            Relations.many(meetings, MeetingView::id,
                    ids -> envoys.participantsOf(ids, selection.get("participants")), MeetingView::participants);
        }
        Relations.pages(meetings, MeetingView::id, "quotes", selection, quotes::ofMeetings, QuoteConnection::new);
        Relations.pages(meetings, MeetingView::id, "articles", selection, articles::ofMeetings,
                ArticleConnection::new);
    }
}
