package io.envoys.envoy;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.envoys.support.Errors;
import io.envoys.support.Fixtures;
import io.envoys.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class EnvoyQueryTest {

    @Test
    void anEnvoyHasCountryMeetingsQuotesAndCounterparts() {
        GraphQL.query("envoy", "id", "1")
                .body("errors", nullValue())
                .body("data.envoy.name", is("Kim Hong-kyun"))
                .body("data.envoy.country.code", is("KR"))
                .body("data.envoy.meetings.nodes.id", contains("1"))
                .body("data.envoy.quotes.nodes.position", contains(1, 2))
                .body("data.envoy.quotes.nodes.meeting.id", contains("1", "1"))
                .body("data.envoy.counterparts.nodes.envoy.name", contains("Joseph Yun", "Kenji Kanasugi"))
                .body("data.envoy.counterparts.nodes.envoy.country.code", contains("US", "JP"))
                .body("data.envoy.counterparts.nodes.meetingCount", contains(1, 1))
                .body("data.envoy.counterparts.nodes.lastMetOn", contains("2016-12-13", "2016-12-13"));
    }

    @Test
    void counterpartsComeMostMeetingsFirstThenByName() {
        Fixtures.country("CP");
        String self = Fixtures.envoy("CP", "Counterpart Self");
        String often = Fixtures.envoy("CP", "Counterpart Zeta");
        String laterName = Fixtures.envoy("CP", "Counterpart Omega");
        String earlierName = Fixtures.envoy("CP", "Counterpart Alpha");
        Fixtures.meeting("CP", "2020-01-10", self, often, laterName);
        Fixtures.meeting("CP", "2020-03-20", self, often);
        Fixtures.meeting("CP", "2020-02-15", self, earlierName);
        GraphQL.query("envoy", "id", self)
                .body("errors", nullValue())
                .body("data.envoy.counterparts.nodes.envoy.name",
                        contains("Counterpart Zeta", "Counterpart Alpha", "Counterpart Omega"))
                .body("data.envoy.counterparts.nodes.meetingCount", contains(2, 1, 1))
                .body("data.envoy.counterparts.nodes.lastMetOn", contains("2020-03-20", "2020-02-15", "2020-01-10"));
    }

    @Test
    void anUnknownIdIsNull() {
        GraphQL.query("envoy", "id", "999999").body("errors", nullValue()).body("data.envoy", nullValue());
    }

    @Test
    void anIdThatIsNotANumberIsRefused() {
        Errors.single(GraphQL.query("envoy", "id", "abc"), "BAD_USER_INPUT", "id", "'abc'");
    }

    @Test
    void pagesWalkTheWholeListByNameWithoutGapsOrRepeats() {
        List<String> names = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String after = null;
        int total = -1;
        boolean first = true;
        do {
            JsonPath page = GraphQL.query("envoys", "first", 2, "after", after).extract().jsonPath();
            total = page.getInt("data.envoys.totalCount");
            names.addAll(page.getList("data.envoys.nodes.name"));
            ids.addAll(page.getList("data.envoys.nodes.id"));
            assertEquals(page.getList("data.envoys.nodes.name"), page.getList("data.envoys.edges.node.name"));
            assertEquals(!first, page.getBoolean("data.envoys.pageInfo.hasPreviousPage"));
            after = page.getBoolean("data.envoys.pageInfo.hasNextPage")
                    ? page.getString("data.envoys.pageInfo.endCursor") : null;
            first = false;
        } while (after != null);
        assertEquals(total, names.size());
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no envoy twice");
        List<String> inOneList = GraphQL.query("envoys", "first", 100).extract().path("data.envoys.nodes.name");
        assertEquals(inOneList, names.subList(0, Math.min(100, names.size())), "pages follow the list's order");
        List<String> seed = List.of("Joseph Yun", "Kenji Kanasugi", "Kim Hong-kyun");
        assertEquals(seed, names.stream().filter(seed::contains).toList(), "the seed envoys, by name");
    }

    @Test
    void filtersMatchNamesIgnoringCaseAndCountriesByCode() {
        GraphQL.query("envoys", "filter", Map.of("nameContains", "  yUN "))
                .body("data.envoys.nodes.name", hasItems("Joseph Yun", "Kim Hong-kyun"))
                .body("data.envoys.nodes.name", not(hasItem("Kenji Kanasugi")));
        GraphQL.query("envoys", "filter", Map.of("countryCode", "JP", "nameContains", "kanasugi"))
                .body("data.envoys.totalCount", is(1))
                .body("data.envoys.nodes.name", contains("Kenji Kanasugi"));
    }

    @Test
    void likeWildcardsInANameAreMatchedLiterally() {
        JsonPath page = GraphQL.query("envoys", "filter", Map.of("nameContains", "%")).extract().jsonPath();
        assertFalse(page.getList("data.envoys.nodes.name").contains("Kim Hong-kyun"));
        GraphQL.query("envoys", "filter", Map.of("nameContains", "_"))
                .body("data.envoys.nodes.name", everyItem(containsString("_")));
    }

    @Test
    void anUnknownCountryCodeInTheFilterIsRefused() {
        Errors.single(GraphQL.query("envoys", "filter", Map.of("countryCode", "QQ")), "BAD_USER_INPUT",
                "filter.countryCode", "'QQ'");
    }

    @Test
    void aBlankNameFilterIsRefused() {
        Errors.single(GraphQL.query("envoys", "filter", Map.of("nameContains", "   ")), "BAD_USER_INPUT",
                "filter.nameContains");
    }

    @Test
    void aNameFilterWithAControlCharacterIsRefused() {
        Errors.single(GraphQL.query("envoys", "filter", Map.of("nameContains", "Kim\u0000Hong")), "BAD_USER_INPUT",
                "filter.nameContains", "control characters");
    }

    @Test
    void pageSizesOutsideOneToAHundredAreRefused() {
        Errors.single(GraphQL.query("envoys", "first", 0), "BAD_USER_INPUT", "first", "1 and 100", "got 0");
        Errors.single(GraphQL.query("envoys", "first", 101), "BAD_USER_INPUT", "first", "got 101");
        Errors.single(GraphQL.query("envoys", "last", 0), "BAD_USER_INPUT", "envoys.last", "1 and 100", "got 0");
    }

    @Test
    void aPageGoesOneWay() {
        Errors.single(GraphQL.query("envoys", "first", 2, "last", 2), "BAD_USER_INPUT",
                "envoys: pass first (with after) to page forward or last (with before) to page backward, not both");
        String cursor = GraphQL.query("envoys", "first", 1).extract().path("data.envoys.pageInfo.endCursor");
        Errors.single(GraphQL.query("envoys", "last", 2, "after", cursor), "BAD_USER_INPUT",
                "envoys: before goes with last, after with first");
        Errors.single(GraphQL.query("envoys", "before", "not-a-cursor!"), "BAD_USER_INPUT",
                "before is not a valid cursor for envoys");
    }

    @Test
    void theLastEnvoysComeInNameOrderAndTheirStartCursorPagesBackward() {
        List<String> all = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = GraphQL.query("envoys", "first", 100, "after", after).extract().jsonPath();
            all.addAll(page.getList("data.envoys.nodes.name"));
            after = page.getBoolean("data.envoys.pageInfo.hasNextPage") ? page.getString("data.envoys.pageInfo.endCursor")
                    : null;
        } while (after != null);
        GraphQL.query("envoys", "last", 2).statusCode(200).body("errors", nullValue())
                .body("data.envoys.nodes.name", contains(all.get(all.size() - 2), all.get(all.size() - 1)))
                .body("data.envoys.pageInfo.hasPreviousPage", is(all.size() > 2))
                .body("data.envoys.pageInfo.hasNextPage", is(false));
        String start = GraphQL.query("envoys", "last", 2).extract().path("data.envoys.pageInfo.startCursor");
        GraphQL.query("envoys", "last", 1, "before", start).body("data.envoys.nodes.name",
                contains(all.get(all.size() - 3))).body("data.envoys.pageInfo.hasNextPage", is(true));
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        String quoteCursor = GraphQL.query("quotes", "first", 1).extract().path("data.quotes.pageInfo.endCursor");
        Errors.single(GraphQL.query("envoys", "after", quoteCursor), "BAD_USER_INPUT", "after", "envoys");
        Errors.single(GraphQL.query("envoys", "after", "not-a-cursor!"), "BAD_USER_INPUT", "after");
    }

    @Test
    void aForgedCursorWithAControlCharacterIsRefused() {
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("envoys\u001fKim\u0000Hong\u001f5".getBytes(StandardCharsets.UTF_8));
        Errors.single(GraphQL.query("envoys", "after", forged), "BAD_USER_INPUT", "after", "not a valid cursor");
    }
}
