package io.envoys.read;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.envoys.ingestion.ProposedMeeting;
import io.envoys.validation.Dates;

/** The meeting a draft reads in an article's text ({@link ProposedMeeting}), its host country resolved. */
@Type("ProposedMeeting")
@Description("The meeting the service reads in an article: each value null when the text does not say it, with the"
        + " words it came from in evidence.")
public class ProposedMeetingView {

    private final ProposedMeeting meeting;
    private final CountryView hostCountry;

    ProposedMeetingView(ProposedMeeting meeting, CountryView hostCountry) {
        this.meeting = meeting;
        this.hostCountry = hostCountry;
    }

    @Description("The day it took place: a weekday counts back from the publication date; null when the text fixes"
            + " no day, or one outside the years 1 to 9999 that the record holds.")
    public LocalDate getDate() {
        return meeting.date() == null || !Dates.held(meeting.date()) ? null : meeting.date();
    }

    @Description("The city, as the text names it (which may differ from the dateline's).")
    public String getCity() {
        return meeting.city();
    }

    @Description("The venue, as written (\"the foreign ministry\", \"a Tokyo hotel\").")
    public String getVenue() {
        return meeting.venue();
    }

    @Description("The host: normally the country of the city; a delegation's own when it hosts at its embassy.")
    public CountryView getHostCountry() {
        return hostCountry;
    }

    @NonNull
    @Description("The words each value came from (at most 10).")
    public List<@NonNull EvidenceView> getEvidence() {
        return ArticleDrafts.evidence(meeting.evidence());
    }
}
