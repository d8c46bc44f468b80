package io.envoys.support;

/** What a refused mutation must leave as it was: the rows of a test's country, all quotes, all countries. */
public final class Snapshot {

    private Snapshot() {
    }

    public static String of(String countryCode) {
        return GraphQL.query("counts", "hostCountryCode", countryCode, "countryCode", countryCode)
                .extract().body().asString();
    }
}
