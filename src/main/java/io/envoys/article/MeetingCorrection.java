package io.envoys.article;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The meeting fields an editor sets instead of the draft's; each left out keeps the draft's. */
@Input("MeetingCorrection")
@Description("Meeting fields to use instead of the draft's; each one left out keeps the draft's value.")
public class MeetingCorrection {

    @Description("The meeting's title, 1 to 200 characters (the draft proposes none: by default the participants and"
            + " the city make one).")
    public String title;

    @Description("The day it took place.")
    public LocalDate date;

    @Description("The city, 1 to 200 characters.")
    public String city;

    @Description("The venue, 1 to 200 characters; an empty string records none.")
    public String venue;

    @Description("Code of the host country, e.g. KR.")
    public String hostCountryCode;
}
