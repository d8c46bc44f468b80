package io.envoys.graphql;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.envoys.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;

/** The mutations of one request are stored together or not at all, and the answer says which. */
@QuarkusTest
class MutationTransactionTest {

    /** The first mutation succeeded before the second failed; the third is not run. */
    @Test
    void whenOneMutationFailsNoneIsStoredAndTheAnswerHasNoData() {
        GraphQL.asEditor("mutations-one-fails", "first", "WA", "third", "WB")
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].path", contains("second"))
                .body("errors[0].extensions.code", is("NOT_FOUND"));
        GraphQL.query("country", "code", "WA").body("errors", nullValue()).body("data.country", nullValue());
        GraphQL.query("country", "code", "WB").body("errors", nullValue()).body("data.country", nullValue());
    }

    @Test
    void whenEveryMutationSucceedsAllAreStoredAndALaterOneSeesAnEarlierOne() {
        GraphQL.asEditor("mutations-all-succeed", "first", "WC", "third", "WD")
                .body("errors", nullValue())
                .body("data.first.code", is("WC"))
                .body("data.second.country.code", is("WC"))
                .body("data.third.code", is("WD"));
        GraphQL.query("country", "code", "WC").body("data.country.code", is("WC"));
        GraphQL.query("country", "code", "WD").body("data.country.code", is("WD"));
    }

    @Test
    void aRequestRefusedAtItsFirstMutationStoresNothing() {
        GraphQL.query("mutations-all-succeed", "first", "WE", "third", "WF")
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("UNAUTHENTICATED"));
        GraphQL.query("country", "code", "WE").body("data.country", nullValue());
    }
}
