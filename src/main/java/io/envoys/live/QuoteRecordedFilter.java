package io.envoys.live;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Which recorded quotes a {@code quoteRecorded} subscription takes. */
@Input("QuoteRecordedFilter")
@Description("Narrows the quotes a subscription receives; all given conditions must hold.")
public class QuoteRecordedFilter {

    @Id
    @Description("Only quotes by this envoy.")
    public String speakerId;

    @Description("Only quotes by envoys of this country (ISO 3166-1 alpha-2 code, such as KR; a code not in the"
            + " record is BAD_USER_INPUT).")
    public String countryCode;

    @Id
    @Description("Only quotes from this meeting.")
    public String meetingId;
}
