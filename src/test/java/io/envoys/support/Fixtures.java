package io.envoys.support;

import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates the rows a test needs through the API, as an editor. Each test class works in a country of its own (a
 * user-assigned code such as XA) so that no test sees another's rows, and no test ever changes the seed.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** The country with this code, created on first use. */
    public static String country(String code) {
        String existing = GraphQL.query("country", "code", code).extract().path("data.country.code");
        if (existing == null) {
            GraphQL.asEditor("create-country", "input", Map.of("code", code, "name", "Test country " + code))
                    .body("errors", nullValue());
        }
        return code;
    }

    /** A new envoy of the country; returns its id. */
    public static String envoy(String countryCode, String name) {
        return GraphQL.asEditor("create-envoy", "input", Map.of("name", name, "countryCode", countryCode))
                .body("errors", nullValue())
                .extract().path("data.createEnvoy.id");
    }

    /** A new meeting hosted by the country, with these participants; returns its id. */
    public static String meeting(String hostCountryCode, String date, String... participantIds) {
        return GraphQL.asEditor("create-meeting", "input", meetingInput(hostCountryCode, date, participantIds))
                .body("errors", nullValue())
                .extract().path("data.createMeeting.id");
    }

    public static Map<String, Object> meetingInput(String hostCountryCode, String date, String... participantIds) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", "Test meeting in " + hostCountryCode + " on " + date);
        input.put("date", date);
        input.put("city", "Testville");
        input.put("hostCountryCode", hostCountryCode);
        input.put("topics", List.of("testing"));
        input.put("participantIds", List.of(participantIds));
        return input;
    }

    /** A new quote; returns its id. */
    public static String quote(String meetingId, String speakerId, String text) {
        return GraphQL.asEditor("record-quote", "input",
                Map.of("meetingId", meetingId, "speakerId", speakerId, "text", text))
                .body("errors", nullValue())
                .extract().path("data.recordQuote.id");
    }
}
