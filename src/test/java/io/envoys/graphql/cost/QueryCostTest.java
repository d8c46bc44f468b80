package io.envoys.graphql.cost;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLModifiedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.envoys.support.GraphQL;
import io.envoys.validation.ListBounds;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * The node budget: every answer says what its query could cost ({@code extensions.cost}), counted as the answer
 * holds objects (page sizes multiplied along each path, aliases apart, fragments merged, skipped fields left out), and
 * a query over the budget is refused with QUERY_TOO_COSTLY before a single statement runs, on the lean path and on
 * the engine's.
 */
@QuarkusTest
class QueryCostTest {

    private static final String BUDGET = "budget of 50,000";

    @Inject
    MeterRegistry metrics;

    @Inject
    Instance<GraphQLSchema> schema;

    @Test
    void theHostileShapeOfTheIssueIsRefusedBeforeAnythingRuns() {
        double before = statements();
        refused(GraphQL.query("cost-hostile-countries"), 14_886_886_872L)
                .body("errors[0].message", containsString("up to 14,886,886,872 objects"))
                .body("errors[0].message", containsString(BUDGET))
                .body("errors[0].message", containsString("; 14,886,885,520 of them are in the page"
                        + " countries.hostedMeetings.nodes and below it: ask for a smaller page there (first or last) or"
                        + " on the connections above it, or split the query"));
        StringBuilder countries = new StringBuilder("{");
        for (int i = 0; i < 75; i++) {
            countries.append(" c").append(i).append(": countries { code }");
        }
        GraphQL.raw(countries.append(" }").toString())
                .body("errors[0].extensions.code", is("QUERY_TOO_COSTLY"))
                .body("errors[0].message", containsString("; 676 of them are in the list c0 and below it, which takes"
                        + " no first: select fewer levels below it, or split the query"));
        assertEquals(before, statements(), "no statement ran");
    }

    @Test
    void aDeepChainOfSmallDefaultsIsRefused() {
        double before = statements();
        // 14 levels, within the depth limit: 1 envoy, 20 meetings, 50 participants each, 20 meetings each, ...
        refused(GraphQL.query("cost-hostile-deep", "id", "1"), 1_022_022_022_022L);
        assertEquals(before, statements(), "no statement ran");
    }

    @Test
    void aliasesCountApart() {
        // one aliased page of 100 meetings with participants: 1 + 100 + 100 * 50 = 5,101 objects
        GraphQL.raw(aliased(9)).statusCode(200).body("errors", nullValue())
                .body("extensions.cost.estimate", equalTo(9 * 5_101));
        refused(GraphQL.raw(aliased(10)), 10 * 5_101)
                .body("errors[0].message", containsString("; 5,100 of them are in the page a0.nodes and below it"));
        refused(GraphQL.query("cost-narrow-the-outer-page"), 53_021)
                .body("errors[0].message", containsString("; 53,020 of them are in the page meetings.nodes and below it:"
                        + " ask for a smaller page there"));
    }

    @Test
    void fragmentsOfTheSameFieldCountOnce() {
        GraphQL.query("cost-fragments").body("errors", nullValue()).body("extensions.cost.estimate", equalTo(5_101));
    }

    @Test
    void pageSizesFromVariablesAndSkippedFieldsAreCounted() {
        GraphQL.query("cost-page-size", "size", 100, "skipParticipants", false)
                .body("extensions.cost.estimate", equalTo(5_101));
        GraphQL.query("cost-page-size", "size", 10, "skipParticipants", false)
                .body("extensions.cost.estimate", equalTo(511));
        GraphQL.query("cost-page-size", "size", 100, "skipParticipants", true)
                .body("extensions.cost.estimate", equalTo(101));
        // no size, or null as its value: the default page of 20, which is what is served
        GraphQL.query("cost-page-size", "skipParticipants", false).body("extensions.cost.estimate", equalTo(1_021));
        GraphQL.query("cost-page-size", "size", null, "skipParticipants", false)
                .body("extensions.cost.estimate", equalTo(1_021));
    }

    @Test
    void aFullPageOfMeetingsWithParticipantsAndTwentyQuotesEachFits() {
        // 1 connection + 100 meetings + 5,000 participants + 100 quote connections + 2,000 quotes + 2,000 speakers
        GraphQL.query("cost-full-page").body("errors", nullValue())
                .body("extensions.cost", equalTo(Map.of("estimate", 9_201, "budget", 50_000)));
    }

    @Test
    void theEnginesAnswersCarryTheCostToo() {
        // this query goes to the engine, and introspection counts what it returns over the schema
        GraphQL.query("cost-introspection").body("errors", nullValue())
                .body("extensions.cost", equalTo(Map.of("estimate", introspectionObjects(), "budget", 50_000)));
        GraphQL.asEditor("create-country", "input", Map.of("code", "QC", "name", "Costed country"))
                .body("extensions.cost.estimate", equalTo(1));
    }

    @Test
    void sixHostileRequestsAtOnceAreRefusedWhileASmallQueryIsAnswered() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(7);
        try {
            List<Future<JsonPath>> hostile = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String document = i % 2 == 0 ? "cost-hostile-countries" : "cost-hostile-deep";
                hostile.add(clients.submit(() -> GraphQL.query(document, "id", "1").extract().jsonPath()));
            }
            JsonPath small = clients.submit(() -> GraphQL.query("cost-small").extract().jsonPath()).get();
            assertNull(small.get("errors"));
            assertTrue(small.getList("data.countries.code").contains("KR"));
            for (Future<JsonPath> answer : hostile) {
                assertEquals("QUERY_TOO_COSTLY", answer.get().getString("errors[0].extensions.code"));
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void everyListInTheSchemaHasAKnownLength() {
        List<String> unbounded = new ArrayList<>();
        for (GraphQLType type : schema.get().getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                continue;
            }
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                boolean list = GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLList;
                boolean page = object.getName().endsWith("Connection")
                        && (field.getName().equals("nodes") || field.getName().equals("edges"));
                if (list && !page && ListBounds.of(object.getName() + "." + field.getName()) == null) {
                    unbounded.add(object.getName() + "." + field.getName());
                }
            }
        }
        assertEquals(List.of(), unbounded, "lists that are neither pages nor bounded by validation");
    }

    @Test
    void fieldValuesAreBoundedAsWellAsObjects() {
        double before = statements();
        GraphQL.raw(typenames(100)).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COSTLY"))
                .body("errors[0].message", equalTo("This query could return up to 500,102 field values, more than the"
                        + " limit of 500,000 (its 5,101 objects are within the budget): select fewer fields or aliases"
                        + " on each object, or smaller pages."))
                .body("extensions.cost.estimate", equalTo(5_101));
        assertEquals(before, statements(), "no statement ran");
        GraphQL.raw(typenames(99)).body("errors", nullValue()).body("extensions.cost.estimate", equalTo(5_101));
    }

    @Test
    void anArticlesTextCountsAsAThousandValues() {
        GraphQL.raw("{ meetings(first: 100) { nodes { quotes(first: 100) { nodes { article { text } } } } } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COSTLY"))
                .body("errors[0].message", startsWith("This query could return up to 10,010,202 field values"));
        GraphQL.raw("{ quotes(first: 100) { nodes { article { text } } } }").body("errors", nullValue())
                .body("data.quotes.nodes.article.text", hasItem(startsWith("Top nuclear envoys")));
    }

    /** 100 meetings, their participants (50 at most each), and that many aliased __typename fields on each. */
    private static String typenames(int aliases) {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < aliases; i++) {
            fields.append(" t").append(i).append(": __typename");
        }
        return "{ meetings(first: 100) { nodes { participants {" + fields + " } } } }";
    }

    @Test
    void introspectionCountsTowardsTheBudget() {
        // pages of meetings with their participants, 1 + 51 k objects for first: k, to within 51 of the budget
        StringBuilder data = new StringBuilder();
        int objects = 0;
        for (int i = 0; 50_000 - objects >= 52; i++) {
            int first = Math.min(100, (50_000 - objects - 1) / 51);
            data.append(" a").append(i).append(": meetings(first: ").append(first)
                    .append(") { nodes { participants { id } } }");
            objects += 1 + 51 * first;
        }
        GraphQL.raw("{" + data + " }").body("errors", nullValue()).body("extensions.cost.estimate", equalTo(objects));
        String both = GraphQL.document("cost-introspection").strip();
        refused(GraphQL.raw(both.substring(0, both.length() - 1) + data + " }"), objects + introspectionObjects());
    }

    /**
     * What {@code cost-introspection.graphql} returns, counted here from the schema: the schema, each type, each
     * field of each, and each field's arguments, type and the type it wraps (the query asks one level of ofType).
     */
    private int introspectionObjects() {
        int objects = 1;
        for (GraphQLType type : schema.get().getAllTypesAsList()) {
            objects++;
            if (type instanceof GraphQLFieldsContainer container) {
                for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                    objects += 2 + field.getArguments().size() + (field.getType() instanceof GraphQLModifiedType ? 1 : 0);
                }
            }
        }
        return objects;
    }

    private static String aliased(int aliases) {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < aliases; i++) {
            query.append(" a").append(i).append(": meetings(first: 100) { nodes { participants { id } } }");
        }
        return query.append(" }").toString();
    }

    private static ValidatableResponse refused(ValidatableResponse answer, long estimate) {
        return answer.body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COSTLY"))
                .body("errors[0].message", containsString(BUDGET))
                .body("extensions.cost.estimate", equalTo(estimate > Integer.MAX_VALUE ? (Object) estimate
                        : (Object) (int) estimate))
                .body("extensions.cost.budget", equalTo(50_000));
    }

    private double statements() {
        return metrics.counter("envoys.sql.statements").count();
    }
}
