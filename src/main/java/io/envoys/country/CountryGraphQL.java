package io.envoys.country;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.envoys.graphql.CurrentSelection;
import io.envoys.read.CountryReads;
import io.envoys.read.CountryView;
import io.envoys.security.Editors;

@GraphQLApi
public class CountryGraphQL {

    private final CountryService countries;
    private final CountryReads reads;
    private final CurrentSelection selection;

    CountryGraphQL(CountryService countries, CountryReads reads, CurrentSelection selection) {
        this.countries = countries;
        this.reads = reads;
        this.selection = selection;
    }

    @Query("countries")
    @NonNull
    @Description("All countries, by name: a list, not a page, of at most 676 (one per two-letter code).")
    public List<@NonNull CountryView> countries() {
        return reads.all(selection.get());
    }

    @Mutation("createCountry")
    @RolesAllowed(Editors.ROLE)
    @NonNull
    @Description("Adds a country. Needs the editor role; a code that exists already is a CONFLICT.")
    public CountryView createCountry(@Name("input") @NonNull @Description("The new country.") CountryInput input) {
        return countries.create(input, selection.get());
    }

    @Query("country")
    @Description("The country with this code, or null when there is none.")
    public CountryView country(
            @Name("code") @NonNull @Description("ISO 3166-1 alpha-2 code, two upper-case letters, e.g. KR.") String code) {
        return reads.byCode(code, selection.get());
    }
}
