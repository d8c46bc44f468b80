package io.envoys.country;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.envoys.shared.ApiException;
import io.envoys.shared.CountryCodes;
import io.envoys.shared.Selection;
import io.envoys.shared.Validate;

@ApplicationScoped
public class CountryService {

    private static final int NAME_MAX = 200;

    private final CountryLoader loader;

    CountryService(CountryLoader loader) {
        this.loader = loader;
    }

    public List<CountryView> all(Selection selection) {
        return loader.all(selection);
    }

    public CountryView byCode(String code, Selection selection) {
        return loader.byCode(CountryCodes.require("code", code), selection).orElse(null);
    }

    /** The id of the country a filter names, or BAD_USER_INPUT when there is no such country. */
    public long idForFilter(String field, String rawCode) {
        String code = CountryCodes.require(field, rawCode);
        return loader.idOf(code).orElseThrow(() -> ApiException.badInput(field + ": there is no country with code '"
                + code + "'; the countries query lists the known codes"));
    }

    /** The country an input names by code, or NOT_FOUND when there is no such country. */
    public Country forInput(String field, String rawCode) {
        String code = CountryCodes.require(field, rawCode);
        return Country.<Country>find("code", code).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound(field + ": there is no country with code '" + code
                        + "'; create it with createCountry first"));
    }

    @Transactional
    public CountryView create(CountryInput input, Selection selection) {
        Country country = new Country();
        country.code = CountryCodes.require("input.code", input.code);
        country.name = Validate.line("input.name", input.name, NAME_MAX);
        country.officialName = Validate.optionalLine("input.officialName", input.officialName, NAME_MAX);
        if (loader.idOf(country.code).isPresent()) {
            throw ApiException.conflict("A country with code " + country.code + " exists already");
        }
        country.persistAndFlush();
        return loader.byIds(List.of(country.id), selection).get(country.id);
    }
}
