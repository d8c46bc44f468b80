package io.envoys.country;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.envoys.shared.Editors;
import io.envoys.shared.RootField;
import io.envoys.shared.RootFields;
import io.envoys.shared.Selection;
import io.smallrye.graphql.api.Context;

@GraphQLApi
public class CountryGraphQL implements RootFields {

    private final CountryService countries;
    private final Context context;

    CountryGraphQL(CountryService countries, Context context) {
        this.countries = countries;
        this.context = context;
    }

    @Query("countries")
    @NonNull
    @Description("All countries, by name.")
    public List<@NonNull CountryView> countries() {
        return countries.all(Selection.of(context));
    }

    @Mutation("createCountry")
    @RolesAllowed(Editors.ROLE)
    @NonNull
    @Description("Adds a country. Needs the editor role; a code that exists already is a CONFLICT.")
    public CountryView createCountry(@Name("input") @NonNull @Description("The new country.") CountryInput input) {
        return countries.create(input, Selection.of(context));
    }

    @Query("country")
    @Description("The country with this code, or null when there is none.")
    public CountryView country(
            @Name("code") @NonNull @Description("ISO 3166-1 alpha-2 code, two upper-case letters, e.g. KR.") String code) {
        return countries.byCode(code, Selection.of(context));
    }

    @Override
    public Map<String, RootField> rootFields() {
        return Map.of(
                "countries", (arguments, selection) -> countries.all(selection),
                "country", (arguments, selection) -> countries.byCode(arguments.string("code"), selection));
    }
}
