package io.envoys.graphql.lean;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.envoys.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Plans are kept per request shape: the same document with other ids makes no new plan, while a variable that an
 * {@code @include} reads makes one per value, and each answer carries its own request's values.
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
}
