package io.envoys.country;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.envoys.error.ApiException;
import io.envoys.read.CountryReads;
import io.envoys.read.CountryView;
import io.envoys.read.Selection;
import io.envoys.validation.CountryCodes;
import io.envoys.validation.Validate;

@ApplicationScoped
public class CountryService {

    private static final int NAME_MAX = 200;

    private final CountryReads reads;

    CountryService(CountryReads reads) {
        this.reads = reads;
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
        if (Country.count("code", country.code) > 0) {
            throw ApiException.conflict("A country with code " + country.code + " exists already");
        }
        country.persistAndFlush();
        return reads.byId(country.id, selection);
    }
}
