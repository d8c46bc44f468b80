package io.envoys.read;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.envoys.validation.CountryCodes;

/**
 * What the read room offers for countries: the {@code countries} and {@code country} query fields, and the country a
 * mutation returns.
 */
@ApplicationScoped
public class CountryReads {

    private final CountryLoader loader;

    CountryReads(CountryLoader loader) {
        this.loader = loader;
    }

    /** Every country, by name then id, with the fields {@code selection} asks for. */
    public List<CountryView> all(Selection selection) {
        return loader.all(selection);
    }

    /**
     * The country with this ISO 3166-1 alpha-2 code, or null when there is none.
     *
     * @throws io.envoys.error.ApiException BAD_USER_INPUT when {@code code} is not two upper-case letters
     */
    public CountryView byCode(String code, Selection selection) {
        return loader.byCode(CountryCodes.require("code", code), selection).orElse(null);
    }

    /**
     * The code of a country a filter names ({@code field}), as the query filters take it: two upper-case letters,
     * white space around them left out, of a country in the record.
     *
     * @throws io.envoys.error.ApiException BAD_USER_INPUT naming {@code field} when it is not one
     */
    public String knownCode(String field, String rawCode) {
        loader.idForFilter(field, rawCode);
        return CountryCodes.require(field, rawCode);
    }

    /** The country with this id, for a mutation's answer. */
    public CountryView byId(long id, Selection selection) {
        return loader.byIds(List.of(id), selection).get(id);
    }
}
