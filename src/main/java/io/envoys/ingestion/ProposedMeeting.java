package io.envoys.ingestion;

import java.time.LocalDate;
import java.util.List;

/**
 * The meeting an article reports, as the drafter reads it; any value may be null when the article does not give it.
 *
 * @param date            the day of the meeting (null when the text gives no anchor, e.g. only "earlier this week")
 * @param city            the city as the gazetteer spells it ("Seoul", "Jeju")
 * @param venue           the venue as written ("a hotel in central Seoul", "the State Department")
 * @param hostCountryCode ISO 3166-1 alpha-2 code of the host: the city's country, or a delegation's own country when
 *                        it hosts at its embassy or ambassador's residence
 * @param evidence        the words each value came from ({@link Evidence#field()} "date", "city", "venue",
 *                        "hostCountry")
 */
public record ProposedMeeting(LocalDate date, String city, String venue, String hostCountryCode,
        List<Evidence> evidence) {
}
