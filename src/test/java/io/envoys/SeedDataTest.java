package io.envoys;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.envoys.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The seed article (Yonhap, Seoul, 13 December 2016) is in the record, every fact and quote attributed right. */
@QuarkusTest
class SeedDataTest {

    private static final String KIM = "Kim Hong-kyun";
    private static final String YUN = "Joseph Yun";
    private static final String KANASUGI = "Kenji Kanasugi";

    private record Said(String speaker, String text, boolean partial) {
    }

    /** Every quoted passage of the article, in article order. */
    private static final List<Said> ARTICLE = List.of(
            new Said(KIM, "I think it is indeed meaningful that at this time our three countries are meeting again to"
                    + " have an in-depth discussion on how to further strengthen our trilateral coordination on North"
                    + " Korea", false),
            new Said(KIM, "Given the seriousness of the situation unfolding in the region, I cannot emphasize enough"
                    + " the importance of maintaining close coordination between the three countries", false),
            new Said(YUN, "The US welcomes the recent adoption of UNSC Resolution 2321 and, of course, our three"
                    + " countries coordinated very closely together in announcing our unilateral sanctions", false),
            new Said(YUN, "This harmonization of our own sanctions, as well as working together in New York, really"
                    + " shows and symbolizes our strong trilateral cooperation on North Korea.", false),
            new Said(KANASUGI, "in a very timely manner", true),
            new Said(KANASUGI, "I believe, by doing so, in a very coordinated way, we are able to send our strong"
                    + " message to the DPRK, in particular, and to the international community as a whole", false));

    @Test
    void theMeetingIsRecordedWithDateVenueHostAndSource() {
        GraphQL.query("seed-meeting", "id", "1")
                .body("errors", nullValue())
                .body("data.meeting.id", is("1"))
                .body("data.meeting.date", is("2016-12-13"))
                .body("data.meeting.city", is("Seoul"))
                .body("data.meeting.venue", is("a hotel"))
                .body("data.meeting.source", is("Yonhap"))
                .body("data.meeting.version", is(0))
                .body("data.meeting.hostCountry.code", is("KR"))
                .body("data.meeting.hostCountry.name", is("South Korea"))
                .body("data.meeting.topics", hasItems("North Korea's nuclear and missile threat",
                        "UNSC Resolution 2321 sanctions"));
    }

    @Test
    void theSummaryStatesWhatTheArticleReports() {
        String summary = GraphQL.query("seed-meeting", "id", "1").extract().path("data.meeting.summary");
        for (String fact : List.of("Resolution 2321", "fifth nuclear test", "coal exports", "unilateral sanctions")) {
            assertTrue(summary.contains(fact), "summary should mention " + fact);
        }
    }

    @Test
    void theThreeEnvoysTookPartForTheirCountries() {
        GraphQL.query("seed-meeting", "id", "1")
                .body("data.meeting.participants.name", contains(YUN, KANASUGI, KIM))
                .body("data.meeting.participants.country.code", contains("US", "JP", "KR"))
                .body("data.meeting.participants.find { it.name == 'Kim Hong-kyun' }.title",
                        is("Special Representative for Korean Peninsula Peace and Security Affairs"))
                .body("data.meeting.participants.find { it.name == 'Kim Hong-kyun' }.organization",
                        is("Foreign Ministry"));
    }

    @Test
    void everyQuoteOfTheArticleIsAttributedToItsSpeakerInArticleOrder() {
        JsonPath json = GraphQL.query("seed-meeting", "id", "1").extract().jsonPath();
        List<Map<String, Object>> quotes = json.getList("data.meeting.quotes.nodes");
        assertEquals(ARTICLE.size(), quotes.size(), "one quote per quoted passage");
        for (int i = 0; i < ARTICLE.size(); i++) {
            Said said = ARTICLE.get(i);
            assertEquals(i + 1, json.getInt("data.meeting.quotes.nodes[" + i + "].position"));
            assertEquals(said.text(), json.getString("data.meeting.quotes.nodes[" + i + "].text"));
            assertEquals(said.speaker(), json.getString("data.meeting.quotes.nodes[" + i + "].speaker.name"));
            assertEquals(said.partial(), json.getBoolean("data.meeting.quotes.nodes[" + i + "].partial"));
            assertEquals("1", json.getString("data.meeting.quotes.nodes[" + i + "].meeting.id"));
        }
    }

    @Test
    void quotesSaidAsHeOrByRoleKeepTheirContext() {
        GraphQL.query("seed-meeting", "id", "1")
                .body("data.meeting.quotes.nodes[1].context", is("he added"))
                .body("data.meeting.quotes.nodes[2].context", is("the US negotiator said"))
                .body("data.meeting.quotes.nodes[5].context", is("he said"));
    }

    @Test
    void theFourCountriesIncludeTheDprkTheMeetingWasAbout() {
        GraphQL.query("countries")
                .body("data.countries.code", hasItems("KR", "US", "JP", "KP"))
                .body("data.countries.find { it.code == 'KP' }.name", is("North Korea"))
                .body("data.countries.find { it.code == 'KP' }.officialName",
                        is("Democratic People's Republic of Korea"));
    }
}
