package io.envoys.read;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.envoys.db.Where;
import io.envoys.validation.Text;

/**
 * What the read room offers for envoys: the {@code envoy} and {@code envoys} query fields, and the envoy a mutation
 * returns. Every requested level below loads in one statement for the whole level.
 */
@ApplicationScoped
public class EnvoyReads {

    private final EnvoyLoader loader;
    private final CountryLoader countries;

    EnvoyReads(EnvoyLoader loader, CountryLoader countries) {
        this.loader = loader;
        this.countries = countries;
    }

    /** The envoy with this id with the fields {@code selection} asks for, or null when there is none. */
    public EnvoyView byId(long id, Selection selection) {
        return loader.byIds(List.of(id), selection).get(id);
    }

    /**
     * One page of the envoys matching {@code filter}, by name then id.
     *
     * @param first how many rows from the start, or from {@code after}, 1 to 100 (neither size given: 20)
     * @param after a cursor this list returned, or null
     * @param last instead of {@code first}: how many rows from the end, or before {@code before}, 1 to 100; they
     *     come in the list's order all the same
     * @param before a cursor this list returned, or null
     * @param connection the selection below the connection field
     * @throws io.envoys.error.ApiException BAD_USER_INPUT for a size out of range, both sizes, or a cursor of another
     *     list or of the other direction
     */
    public EnvoyConnection page(EnvoyFilter filter, Integer first, String after, Integer last, String before,
            Selection connection) {
        return new EnvoyConnection(loader.page(where(filter),
                PageRequest.of("envoys", first, after, last, before), connection));
    }

    private Where where(EnvoyFilter filter) {
        Where where = new Where();
        if (filter == null) {
            return where;
        }
        if (filter.countryCode != null) {
            where.and("e.country_id = ?", countries.idForFilter("filter.countryCode", filter.countryCode));
        }
        if (filter.nameContains != null) {
            where.and("lower(e.name) like lower(?) escape '\\'",
                    Text.containsPattern(Text.filterValue("filter.nameContains", filter.nameContains)));
        }
        return where;
    }
}
