package io.envoys.read;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("MeetingFilter")
@Description("Narrows a list of meetings; all given conditions must hold.")
public class MeetingFilter {

    @Description("Only meetings on or after this day.")
    public LocalDate from;

    @Description("Only meetings on or before this day.")
    public LocalDate to;

    @Description("Only meetings in this city, ignoring case.")
    public String city;

    @Description("Only meetings hosted by the country with this code, e.g. KR. An unknown code is an error.")
    public String hostCountryCode;

    @Id
    @Description("Only meetings this envoy took part in.")
    public String participantId;

    @Description("Only meetings with this topic, ignoring case.")
    public String topic;

    @Description("Only meetings recorded at or after this moment (their recordedAt), e.g. the recordedAt of the last"
            + " event a subscription delivered before its connection dropped.")
    public OffsetDateTime recordedSince;
}
