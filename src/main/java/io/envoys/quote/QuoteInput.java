package io.envoys.quote;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("QuoteInput")
@Description("What an envoy said at a meeting, as reported.")
public class QuoteInput {

    @NonNull
    @Id
    @Description("The meeting at which it was said.")
    public String meetingId;

    @NonNull
    @Id
    @Description("The envoy who said it; must be a participant of the meeting.")
    public String speakerId;

    @NonNull
    @Description("The quoted words, 1 to 5,000 characters.")
    public String text;

    @DefaultValue("false")
    @Description("True when only a fragment was quoted inside reported speech.")
    public Boolean partial;

    @Description("How the report introduced the quote, 1 to 1,000 characters, e.g. 'he added'.")
    public String context;
}
