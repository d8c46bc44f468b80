package io.envoys.graphql.lean;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.envoys.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Plans are kept per request shape: the same document with other ids makes no new plan, while a variable that an
 * {@code @include} reads makes one per value, and each answer carries its own request's values. A cursor too long to
 * be one is refused before a plan is made, and a plan whose shaping variables hold much text is not kept.
 */
@QuarkusTest
class PlansTest {

    @Inject
    Plans plans;

    @Test
    void otherVariableValuesReuseThePlanOfTheirShape() {
        long before = plans.size();
        for (String id : new String[] {"1", "2", "3", "1", "2"}) {
            GraphQL.query("envoy-shaped", "id", id, "withCountry", false)
                    .body("errors", nullValue())
                    .body("data.envoy.country", nullValue());
        }
        assertEquals(before + 1, plans.size(), "three ids, one shape");
        GraphQL.query("envoy-shaped", "id", "1", "withCountry", true).body("data.envoy.name", is("Kim Hong-kyun"))
                .body("data.envoy.country.code", is("KR"));
        GraphQL.query("envoy-shaped", "id", "2", "withCountry", true).body("data.envoy.name", is("Joseph Yun"))
                .body("data.envoy.country.code", is("US"));
        assertEquals(before + 2, plans.size(), "@include(if: true) is a second shape");
    }

    @Test
    void aCursorTooLongToBeOneIsRefusedBeforeAnyPlanIsMade() {
        long before = plans.size();
        GraphQL.query("plans-nested-cursor", "id", "1", "after", "A".repeat(5_000))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", is("envoy.meetings.after is not a cursor this API gives (it has 5000"
                        + " characters; cursors have at most 4096): pass a cursor returned by envoy.meetings"
                        + " (pageInfo.startCursor, pageInfo.endCursor or edges.cursor)"))
                .body("errors[0].locations[0].line", is(3));
        assertEquals(before, plans.size(), "no plan for a refused request");
    }

    @Test
    void aPlanWhoseCursorsHoldMuchTextIsMadeButNotKept() {
        long before = plans.size();
        for (int i = 0; i < 3; i++) {
            GraphQL.query("plans-two-cursors", "id", "1", "meetingsAfter", "A".repeat(3_000) + i,
                    "quotesAfter", "B".repeat(3_000))
                    .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                    .body("errors[0].message", containsString("is not a valid cursor for"));
        }
        assertEquals(before, plans.size(), "6,000 characters of shaping text: planned for the request, not kept");
    }
}
