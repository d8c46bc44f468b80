package io.envoys.read;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.envoys.support.GeneratedNetwork;
import io.envoys.support.GraphQL;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The nested connections over a generated network (thousands of rows, {@link GeneratedNetwork}): paging each of them
 * to the end with several page sizes gives every row once, in the list's order, with the right totalCount and
 * pageInfo; a page for many parents is each parent's own page; and the statements a request runs do not depend on
 * how many parents a level has.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NestedConnectionsTest {

    private static final String QZ = GeneratedNetwork.COUNTRY_CODES[0];

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry metrics;

    private GeneratedNetwork network;
    private Map<Long, GeneratedNetwork.Meeting> byId;

    @BeforeAll
    void writeNetwork() throws SQLException {
        network = GeneratedNetwork.write(dataSource);
    }

    @AfterAll
    void removeNetwork() throws SQLException {
        network.remove(dataSource);
    }

    @Test
    void everyEnvoysMeetingsPageThroughInOrder() {
        for (long envoy : sample(network.envoyIds())) {
            for (int first : new int[] {7, 100}) {
                assertEquals(network.meetingsOf(envoy), pageAll("nested-envoy-meetings", "id", String.valueOf(envoy),
                        first, node -> Long.valueOf((String) node.get("id"))), "meetings of envoy " + envoy);
            }
        }
        long frequent = network.envoyIds().get(0);
        assertEquals(network.meetingsOf(frequent), pageAll("nested-envoy-meetings", "id", String.valueOf(frequent), 1,
                node -> Long.valueOf((String) node.get("id"))), "meetings of envoy " + frequent + ", one a page");
    }

    @Test
    void everyEnvoysQuotesPageThroughInOrder() {
        for (long envoy : sample(network.envoyIds())) {
            for (int first : new int[] {5, 100}) {
                assertEquals(network.quotesBy(envoy), pageAll("nested-envoy-quotes", "id", String.valueOf(envoy),
                        first, node -> Long.valueOf((String) node.get("id"))), "quotes of envoy " + envoy);
            }
        }
    }

    @Test
    void everyEnvoysCounterpartsPageThroughInOrder() {
        for (long envoy : sample(network.envoyIds())) {
            for (int first : new int[] {4, 100}) {
                List<GeneratedNetwork.Counterpart> expected = network.counterpartsOf(envoy);
                assertEquals(expected, pageAll("nested-envoy-counterparts", "id", String.valueOf(envoy), first,
                        node -> new GeneratedNetwork.Counterpart(
                                Long.parseLong((String) ((Map<?, ?>) node.get("envoy")).get("id")),
                                (Integer) node.get("meetingCount"), LocalDate.parse((String) node.get("lastMetOn")))),
                        "counterparts of envoy " + envoy);
            }
        }
    }

    @Test
    void everyCountrysEnvoysAndHostedMeetingsPageThroughInOrder() {
        for (int c = 0; c < GeneratedNetwork.COUNTRY_CODES.length; c++) {
            String code = GeneratedNetwork.COUNTRY_CODES[c];
            long country = network.countries.get(c);
            assertEquals(network.envoysOf(country), pageAll("nested-country-envoys", "code", code, 9,
                    node -> Long.valueOf((String) node.get("id"))), "envoys of " + code);
            assertEquals(network.hostedBy(country), pageAll("nested-country-hosted-meetings", "code", code, 100,
                    node -> Long.valueOf((String) node.get("id"))), "meetings hosted by " + code);
        }
    }

    @Test
    void everyMeetingsQuotesPageThroughInOrder() {
        for (GeneratedNetwork.Meeting meeting : sample(network.meetings)) {
            assertEquals(network.quotesOf(meeting.id()), pageAll("nested-meeting-quotes", "id",
                    String.valueOf(meeting.id()), 2, node -> Long.valueOf((String) node.get("id"))),
                    "quotes of meeting " + meeting.id());
        }
    }

    @Test
    void theRootConnectionsPageBackwardThroughTheSameRows() {
        for (String document : new String[] {"root-meetings-page", "root-envoys-page", "root-quotes-page"}) {
            Function<Map<String, Object>, Long> id = node -> Long.valueOf((String) node.get("id"));
            List<Long> forward = pageThrough(document, null, null, 100, false, id);
            assertTrue(forward.size() > 100, document + " spans several pages");
            assertEquals(forward, pageThrough(document, null, null, 100, true, id), document + " paged backward");
        }
    }

    @Test
    void theLastPageOfEachParentIsItsLatestRowsInOrder() {
        JsonPath last = GraphQL.query("nested-pages-of-many-parents", "code", QZ, "envoys", 50, "meetings", null,
                "lastMeetings", 3).extract().jsonPath();
        assertNull(last.get("errors"), last.prettify());
        for (Map<String, Object> envoy : last.<Map<String, Object>>getList("data.country.envoys.nodes")) {
            List<Long> all = network.meetingsOf(Long.parseLong((String) envoy.get("id")));
            Map<?, ?> page = (Map<?, ?>) envoy.get("meetings");
            assertEquals(all.subList(Math.max(0, all.size() - 3), all.size()), ids(page));
            Map<?, ?> pageInfo = (Map<?, ?>) page.get("pageInfo");
            assertEquals(all.size() > 3, pageInfo.get("hasPreviousPage"));
            assertEquals(Boolean.FALSE, pageInfo.get("hasNextPage"));
        }
    }

    @Test
    void aPageForManyParentsIsEachParentsOwnPageAndACursorAppliesToEach() {
        JsonPath first = GraphQL.query("nested-pages-of-many-parents", "code", QZ, "envoys", 50, "meetings", 4)
                .extract().jsonPath();
        List<Map<String, Object>> envoys = first.getList("data.country.envoys.nodes");
        assertEquals(50, envoys.size());
        String cursor = null;
        for (Map<String, Object> envoy : envoys) {
            List<Long> expected = network.meetingsOf(Long.parseLong((String) envoy.get("id")));
            Map<?, ?> page = (Map<?, ?>) envoy.get("meetings");
            assertEquals(expected.size(), page.get("totalCount"));
            assertEquals(expected.subList(0, Math.min(4, expected.size())), ids(page));
            assertEquals(expected.size() > 4, ((Map<?, ?>) page.get("pageInfo")).get("hasNextPage"));
            if (cursor == null && expected.size() > 4) {
                cursor = (String) ((Map<?, ?>) ((List<?>) page.get("edges")).get(3)).get("cursor");
            }
        }
        // the fourth meeting of one envoy: every envoy's page then starts after that meeting's date and id
        GeneratedNetwork.Meeting mark = meetingOfCursor(envoys, cursor);
        JsonPath after = GraphQL.query("nested-pages-of-many-parents", "code", QZ, "envoys", 50, "meetings", 4,
                "after", cursor).extract().jsonPath();
        for (Map<String, Object> envoy : after.<Map<String, Object>>getList("data.country.envoys.nodes")) {
            List<Long> later = network.meetingsOf(Long.parseLong((String) envoy.get("id"))).stream()
                    .filter(id -> isAfter(meeting(id), mark)).toList();
            Map<?, ?> page = (Map<?, ?>) envoy.get("meetings");
            assertEquals(later.subList(0, Math.min(4, later.size())), ids(page));
            assertEquals(Boolean.TRUE, ((Map<?, ?>) page.get("pageInfo")).get("hasPreviousPage"));
        }
    }

    @Test
    void statementsDoNotGrowWithTheNumberOfParents() {
        double before = statements();
        GraphQL.query("nested-statements", "code", QZ, "envoys", 5).body("errors", nullValue());
        double forFive = statements() - before;
        before = statements();
        JsonPath fifty = GraphQL.query("nested-statements", "code", QZ, "envoys", 50).extract().jsonPath();
        double forFifty = statements() - before;
        assertNull(fifty.get("errors"));
        assertEquals(50, fifty.getList("data.country.envoys.nodes").size());
        assertEquals(forFive, forFifty, "statements for 5 parents and for 50");
        assertTrue(forFive <= 16, "one statement per level and a count per totalCount; ran " + forFive);
    }

    @Test
    void aDateRangeNarrowsAnEnvoysMeetingsAndQuotes() {
        long envoy = network.envoyIds().get(0);
        LocalDate from = LocalDate.of(2001, 3, 1);
        LocalDate to = LocalDate.of(2001, 6, 30);
        JsonPath answer = GraphQL.query("nested-filtered-meetings", "id", String.valueOf(envoy), "from",
                from.toString(), "to", to.toString()).extract().jsonPath();
        List<Long> meetings = network.meetingsOf(envoy).stream()
                .filter(id -> !meeting(id).date().isBefore(from) && !meeting(id).date().isAfter(to)).toList();
        assertFalse(meetings.isEmpty(), "the range holds some of the envoy's meetings");
        assertEquals(meetings.size(), answer.getInt("data.envoy.meetings.totalCount"));
        assertEquals(meetings, answer.getList("data.envoy.meetings.nodes.id", String.class).stream()
                .map(Long::valueOf).toList());
        List<Long> quotes = network.quotesBy(envoy).stream().filter(id -> {
            LocalDate date = meeting(quote(id).meeting()).date();
            return !date.isBefore(from) && !date.isAfter(to);
        }).toList();
        assertEquals(quotes.size(), answer.getInt("data.envoy.quotes.totalCount"));
        assertEquals(quotes, answer.getList("data.envoy.quotes.nodes.id", String.class).stream()
                .map(Long::valueOf).toList());
    }

    /**
     * Every row of one parent's connection, page by page from the start ({@code first}, {@code after}), after checking
     * that paging from the end ({@code last}, {@code before}) gives the same rows in the same order.
     */
    private <T> List<T> pageAll(String document, String key, String parent, int size,
            Function<Map<String, Object>, T> read) {
        List<T> forward = pageThrough(document, key, parent, size, false, read);
        assertEquals(forward, pageThrough(document, key, parent, size, true, read), document + " paged backward");
        return forward;
    }

    /**
     * Every row of a connection, page by page: from the start with {@code first} and {@code after}, or from the end
     * with {@code last} and {@code before}; either way in the list's order, each page's totalCount and pageInfo checked
     * on the way. {@code key} null: a root connection, aliased {@code page}; else the parent's {@code page}.
     */
    private <T> List<T> pageThrough(String document, String key, String parent, int size, boolean backward,
            Function<Map<String, Object>, T> read) {
        String path = key == null ? "data.page" : "data.parent.page";
        List<T> all = new ArrayList<>();
        String cursor = null;
        Integer total = null;
        for (int pages = 0; pages < 10_000; pages++) {
            List<Object> variables = new ArrayList<>(List.of(backward ? "last" : "first", size));
            variables.addAll(Arrays.asList(backward ? "before" : "after", cursor));
            if (key != null) {
                variables.addAll(List.of(key, parent));
            }
            JsonPath answer = GraphQL.query(document, variables.toArray()).extract().jsonPath();
            assertNull(answer.get("errors"), document + ": " + answer.prettify());
            Map<String, Object> page = answer.getMap(path);
            List<Map<String, Object>> rows = answer.getList(page.containsKey("nodes") ? path + ".nodes"
                    : path + ".edges.node");
            Map<?, ?> pageInfo = (Map<?, ?>) page.get("pageInfo");
            total = total == null ? (Integer) page.get("totalCount") : total;
            assertEquals(total, page.get("totalCount"), "totalCount is the same on every page");
            assertEquals(cursor != null, pageInfo.get(backward ? "hasNextPage" : "hasPreviousPage"));
            assertTrue(rows.size() <= size);
            List<T> found = rows.stream().map(read).toList();
            all.addAll(backward ? 0 : all.size(), found);
            if (!(Boolean) pageInfo.get(backward ? "hasPreviousPage" : "hasNextPage")) {
                assertEquals(total, all.size(), "totalCount is the number of rows paged through");
                return all;
            }
            assertEquals(size, rows.size(), "only the last page is short");
            cursor = (String) pageInfo.get(backward ? "startCursor" : "endCursor");
        }
        throw new AssertionError("paging " + document + " does not end");
    }

    /** Every eleventh item, the first included: enough to cover the shapes in little time. */
    private static <T> List<T> sample(List<T> all) {
        List<T> some = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 11) {
            some.add(all.get(i));
        }
        return some;
    }

    private static List<Long> ids(Map<?, ?> page) {
        return ((List<?>) page.get("edges")).stream()
                .map(edge -> Long.valueOf((String) ((Map<?, ?>) ((Map<?, ?>) edge).get("node")).get("id"))).toList();
    }

    private GeneratedNetwork.Meeting meetingOfCursor(List<Map<String, Object>> envoys, String cursor) {
        for (Map<String, Object> envoy : envoys) {
            for (Object edge : (List<?>) ((Map<?, ?>) envoy.get("meetings")).get("edges")) {
                if (cursor.equals(((Map<?, ?>) edge).get("cursor"))) {
                    return meeting(Long.parseLong((String) ((Map<?, ?>) ((Map<?, ?>) edge).get("node")).get("id")));
                }
            }
        }
        throw new AssertionError("no edge with cursor " + cursor);
    }

    private static boolean isAfter(GeneratedNetwork.Meeting meeting, GeneratedNetwork.Meeting mark) {
        int byDate = meeting.date().compareTo(mark.date());
        return byDate > 0 || byDate == 0 && meeting.id() > mark.id();
    }

    private GeneratedNetwork.Meeting meeting(long id) {
        return meetingsById().get(id);
    }

    private GeneratedNetwork.Quote quote(long id) {
        return network.quotes.stream().filter(quote -> quote.id() == id).findFirst().orElseThrow();
    }

    private Map<Long, GeneratedNetwork.Meeting> meetingsById() {
        if (byId == null) {
            byId = new HashMap<>();
            network.meetings.forEach(meeting -> byId.put(meeting.id(), meeting));
        }
        return byId;
    }

    private double statements() {
        return metrics.counter("envoys.sql.statements").count();
    }
}
