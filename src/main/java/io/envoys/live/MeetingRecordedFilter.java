package io.envoys.live;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Which recorded meetings a {@code meetingRecorded} subscription takes. */
@Input("MeetingRecordedFilter")
@Description("Narrows the meetings a subscription receives; all given conditions must hold.")
public class MeetingRecordedFilter {

    @Description("Only meetings that involve this country (ISO 3166-1 alpha-2 code, such as JP; a code not in the"
            + " record is BAD_USER_INPUT): hosted by it, or with a participant of it.")
    public String countryCode;

    @Id
    @Description("Only meetings this envoy took part in.")
    public String participantId;
}
