package io.envoys.support;

import static org.hamcrest.Matchers.nullValue;

/** What a refused mutation must leave as it was: the rows of a test's country, all quotes, all countries. */
public final class Snapshot {

    private Snapshot() {
    }

    /** The snapshot of a country that exists (create it first); a snapshot with errors would prove nothing. */
    public static String of(String countryCode) {
        return GraphQL.query("counts", "hostCountryCode", countryCode, "countryCode", countryCode)
                .body("errors", nullValue())
                .extract().body().asString();
    }
}
