package io.envoys.envoy;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("EnvoyInput")
@Description("An envoy as entered by an editor; on update, every field is replaced.")
public class EnvoyInput {

    @NonNull
    @Description("Full name, 1 to 200 characters.")
    public String name;

    @Description("Title or role, 1 to 200 characters; null for none.")
    public String title;

    @Description("Ministry or office, 1 to 200 characters; null for none.")
    public String organization;

    @NonNull
    @Description("Code of the country the envoy represents; the country must exist.")
    public String countryCode;
}
