package io.envoys.meeting;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.envoys.support.Fixtures;
import io.envoys.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Nested relationships are loaded one statement per level for the whole page, never per parent: the statement count
 * that operators see at /q/metrics is the same for a page of 1 and a page of 50.
 */
@QuarkusTest
class StatementCountTest {

    private static final String HOME = "XS";
    private static final int MEETINGS = 50;
    private static final Pattern STATEMENTS = Pattern.compile("envoys_sql_statements_total(?:\\{[^}]*})? ([0-9.E]+)");

    /**
     * The filter's host-country lookup, the page (host country joined), participants (their country joined), quotes,
     * their speakers, and the articles that report the meetings with their count. The quotes were recorded by hand,
     * so their articles and excerpts take no statement.
     */
    private static final int STATEMENTS_PER_PAGE = 7;

    @BeforeEach
    void fiftyMeetingsWithThreeParticipantsAndTwoQuotesEach() {
        Fixtures.country(HOME);
        int existing = GraphQL.query("meetings", "filter", Map.of("hostCountryCode", HOME))
                .extract().path("data.meetings.totalCount");
        if (existing >= MEETINGS) {
            return;
        }
        String[] envoys = new String[5];
        for (int i = 0; i < envoys.length; i++) {
            envoys[i] = Fixtures.envoy(HOME, "Counted Envoy " + i);
        }
        for (int m = existing; m < MEETINGS; m++) {
            String a = envoys[m % 5];
            String b = envoys[(m + 1) % 5];
            String c = envoys[(m + 2) % 5];
            String meeting = Fixtures.meeting(HOME, String.format("2019-%02d-%02d", 1 + m % 12, 1 + m % 28), a, b, c);
            Fixtures.quote(meeting, a, "Opening words " + m);
            Fixtures.quote(meeting, c, "Closing words " + m);
        }
    }

    @Test
    void aPageOfFiftyCostsTheStatementsOfAPageOfOne() {
        long one = statementsFor(1);
        long fifty = statementsFor(MEETINGS);
        assertEquals(STATEMENTS_PER_PAGE, one, "statements for a page of 1");
        assertEquals(one, fifty, "statements for a page of 50");
    }

    private static long statementsFor(int pageSize) {
        long before = statements();
        JsonPath page = GraphQL.query("meetings-nested", "first", pageSize, "filter", Map.of("hostCountryCode", HOME))
                .extract().jsonPath();
        long after = statements();
        List<Map<String, Object>> nodes = page.getList("data.meetings.nodes");
        assertEquals(pageSize, nodes.size(), page.prettify());
        for (int i = 0; i < pageSize; i++) {
            assertEquals(3, page.getList("data.meetings.nodes[" + i + "].participants").size());
            assertEquals(2, page.getList("data.meetings.nodes[" + i + "].quotes.nodes").size());
            assertEquals(HOME, page.getString("data.meetings.nodes[" + i + "].participants[0].country.code"));
            assertTrue(page.getString("data.meetings.nodes[" + i + "].quotes.nodes[0].speaker.name")
                    .startsWith("Counted Envoy"));
            assertEquals(0, page.getInt("data.meetings.nodes[" + i + "].articles.totalCount"));
        }
        return after - before;
    }

    private static long statements() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher statements = STATEMENTS.matcher(metrics);
        assertTrue(statements.find(), "envoys_sql_statements_total is published");
        return (long) Double.parseDouble(statements.group(1));
    }
}
