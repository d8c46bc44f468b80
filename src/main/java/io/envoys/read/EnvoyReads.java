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
     * @param first page size, 1 to 100 (null: 20); anything else is BAD_USER_INPUT
     * @param after a cursor this list returned, or null for the first page; another is BAD_USER_INPUT
     * @param connection the selection below the connection field
     */
    public EnvoyConnection page(EnvoyFilter filter, Integer first, String after, Selection connection) {
        return new EnvoyConnection(loader.page(where(filter), PageRequest.of(first, after), connection));
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
