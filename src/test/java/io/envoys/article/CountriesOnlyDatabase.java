package io.envoys.article;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The application on a database of its own, so that a test may delete the seed without the other test classes (which
 * share {@code jdbc:h2:mem:envoys-test}) ever seeing it: another in-memory H2 database, or, in the PostgreSQL build,
 * the database {@value #POSTGRESQL_DATABASE} next to the one the suite is tested against (created when missing). Either
 * way Flyway empties it and migrates it, seed included, when the application starts.
 */
public class CountriesOnlyDatabase implements QuarkusTestProfile {

    /** The in-memory H2 database of this profile. */
    public static final String H2_URL = "jdbc:h2:mem:envoys-countries-only;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    /** The PostgreSQL database of this profile, on the server of {@code -Denvoys.test.postgresql.url}. */
    public static final String POSTGRESQL_DATABASE = "envoys_countries_only";

    private static final String URL = "quarkus.datasource.jdbc.url";
    private static final String USERNAME = "quarkus.datasource.username";
    /** SQLSTATE duplicate_database: the database is there from an earlier run, and Flyway cleans it at start. */
    private static final String DUPLICATE_DATABASE = "42P04";

    /**
     * The database's settings, under the test profile's keys too so that they win over the suite's own. Quarkus asks
     * more than once (from two class loaders), so the answer never depends on being the first call.
     */
    @Override
    public Map<String, String> getConfigOverrides() {
        if (!"postgresql".equals(System.getProperty("envoys.db-kind"))) {
            return Map.of(URL, H2_URL, "%test." + URL, H2_URL);
        }
        // surefire passes the suite's database as the test profile's environment variables (see pom.xml)
        String suite = setting("envoys.test.postgresql.url", "_TEST_QUARKUS_DATASOURCE_JDBC_URL");
        String user = setting("envoys.test.postgresql.username", "_TEST_QUARKUS_DATASOURCE_USERNAME");
        try (Connection connection = DriverManager.getConnection(suite, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + POSTGRESQL_DATABASE);
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw new IllegalStateException("cannot create database " + POSTGRESQL_DATABASE + " on " + suite, e);
            }
        }
        String url = suite.substring(0, suite.lastIndexOf('/') + 1) + POSTGRESQL_DATABASE;
        return Map.of(URL, url, "%test." + URL, url, USERNAME, user, "%test." + USERNAME, user);
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property, System.getenv(variable));
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("neither -D" + property + " nor " + variable + " is set");
        }
        return value;
    }
}
