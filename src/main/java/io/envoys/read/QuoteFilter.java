package io.envoys.read;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("QuoteFilter")
@Description("Narrows a list of quotes; all given conditions must hold.")
public class QuoteFilter {

    @Id
    @Description("Only quotes by this envoy.")
    public String speakerId;

    @Id
    @Description("Only quotes from this meeting.")
    public String meetingId;

    @Description("Only quotes whose text contains this, ignoring case.")
    public String textContains;

    @Description("Only quotes recorded at or after this moment (their recordedAt), e.g. the recordedAt of the last"
            + " event a subscription delivered before its connection dropped.")
    public OffsetDateTime recordedSince;
}
