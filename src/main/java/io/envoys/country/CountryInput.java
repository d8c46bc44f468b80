package io.envoys.country;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CountryInput")
@Description("A new country.")
public class CountryInput {

    @NonNull
    @Description("ISO 3166-1 alpha-2 code: two upper-case letters, unique, e.g. KR.")
    public String code;

    @NonNull
    @Description("Short English name, 1 to 200 characters, e.g. South Korea.")
    public String name;

    @Description("Official name, 1 to 200 characters, e.g. Republic of Korea.")
    public String officialName;
}
