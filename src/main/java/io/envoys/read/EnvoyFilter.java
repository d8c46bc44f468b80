package io.envoys.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("EnvoyFilter")
@Description("Narrows a list of envoys; all given conditions must hold.")
public class EnvoyFilter {

    @Description("Only envoys of the country with this code, e.g. US. An unknown code is an error.")
    public String countryCode;

    @Description("Only envoys whose name contains this text, ignoring case.")
    public String nameContains;
}
