package io.envoys.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Someone who took part, as the editor settles it: a known envoy, or a new one. */
@Input("ParticipantChoice")
@Description("Someone who took part, as the editor settles it: a known envoy (envoyId), or a new envoy recorded with"
        + " this name, country and title.")
public class ParticipantChoice {

    @NonNull
    @Description("The participant's name, as quotes' speakers name them (a draft's ProposedParticipant.name).")
    public String name;

    @Id
    @Description("The known envoy this is; left out, a new envoy is recorded.")
    public String envoyId;

    @Description("For a new envoy: the code of the country they represent (required then).")
    public String countryCode;

    @Description("The title the article gives them at this meeting, 1 to 200 characters.")
    public String title;
}
