package io.envoys.meeting;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("MeetingInput")
@Description("A meeting as entered by an editor; on update, every field is replaced, participants included.")
public class MeetingInput {

    @NonNull
    @Description("Short headline, 1 to 200 characters.")
    public String title;

    @NonNull
    @Description("Day the meeting took place.")
    public LocalDate date;

    @NonNull
    @Description("City, 1 to 200 characters.")
    public String city;

    @Description("Venue, 1 to 200 characters; null when not reported.")
    public String venue;

    @NonNull
    @Description("Code of the host country; the country must exist.")
    public String hostCountryCode;

    @Description("What the meeting was about, 1 to 5,000 characters.")
    public String summary;

    @Description("Subjects discussed: at most 20, each 1 to 100 characters, no repeats.")
    public List<@NonNull String> topics;

    @Description("Where the report came from, 1 to 200 characters.")
    public String source;

    @NonNull
    @Id
    @Description("Ids of the envoys who took part: 1 to 50 distinct ids of existing envoys.")
    public List<@NonNull String> participantIds;
}
