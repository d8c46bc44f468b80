package io.envoys.read;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.envoys.db.Sql;
import io.envoys.error.ApiException;
import io.envoys.validation.CountryCodes;

/** Reads countries and the relationship fields below them, one statement per requested level. */
@ApplicationScoped
class CountryLoader {

    private static final String SELECT = "select c.id, " + CountryView.columns("c") + " from country c";
    private static final String BY_IDS = SELECT + " where c.id = any(?)";
    private static final String ALL = SELECT + " order by c.name, c.id";
    private static final String BY_CODE = SELECT + " where c.code = ?";
    private static final String ID_BY_CODE = "select c.id from country c where c.code = ?";

    private final Sql sql;
    private final Level<CountryView> level;
    private final EnvoyLoader envoys;
    private final MeetingLoader meetings;

    CountryLoader(Sql sql, EnvoyLoader envoys, MeetingLoader meetings) {
        this.sql = sql;
        this.level = new Level<>(sql, CountryView::read, CountryView.WIDTH, this::expand);
        this.envoys = envoys;
        this.meetings = meetings;
    }

    /** A parent's country read in the parent's statement, under {@code alias}, brought in by {@code join}. */
    static <P> JoinedOne<P, CountryView> joined(String field, String alias, String join,
            BiConsumer<P, CountryView> set) {
        return new JoinedOne<>(field, CountryView.columns(alias), CountryView.WIDTH, join, CountryView::read, set);
    }

    Map<Long, CountryView> byIds(Collection<Long> ids, Selection selection) {
        return level.one(BY_IDS, List.of(), ids, selection);
    }

    List<CountryView> all(Selection selection) {
        List<CountryView> countries = sql.rows(ALL, List.of()).stream().map(row -> CountryView.read(row, 1)).toList();
        expand(countries, selection);
        return countries;
    }

    Optional<CountryView> byCode(String code, Selection selection) {
        List<CountryView> found = sql.rows(BY_CODE, List.of(code)).stream()
                .map(row -> CountryView.read(row, 1)).toList();
        expand(found, selection);
        return found.stream().findFirst();
    }

    /** The id of the country a filter names, or BAD_USER_INPUT naming {@code field} when there is none. */
    long idForFilter(String field, String rawCode) {
        String code = CountryCodes.require(field, rawCode);
        return sql.rows(ID_BY_CODE, List.of(code)).stream().map(row -> (Long) row[0]).findFirst()
                .orElseThrow(() -> ApiException.badInput(field + ": there is no country with code '" + code
                        + "'; the countries query lists the known codes"));
    }

    /** Loads the relationship fields {@code selection} asks for below countries read elsewhere. */
    void expand(Collection<CountryView> countries, Selection selection) {
        if (countries.isEmpty()) {
            return;
        }
        Relations.pages(countries, CountryView::id, "envoys", selection, envoys::ofCountries, EnvoyConnection::new);
        Relations.pages(countries, CountryView::id, "hostedMeetings", selection, meetings::hostedBy,
                MeetingConnection::new);
    }
}
