package io.envoys.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * The plans PostgreSQL keeps for the read statements. The PostgreSQL build makes every connection keep a statement's
 * generic plan, made once for any parameter values; a generic plan that reads a whole large table instead of looking
 * up each key would make every query that runs the statement slow. The plans are read over a realistic volume of rows
 * (5,000 envoys, 20,000 meetings with 3 participants, 4 quotes, 2 topics and a confirmed article each), added in a
 * transaction that is rolled back, so no other test sees them.
 */
public final class GenericPlans {

    private static final Pattern WHOLE_TABLE =
            Pattern.compile("Seq Scan on (envoy|meeting|meeting_participant|meeting_topic|quote|article)\\b");
    private static final String[] VOLUME = {
        "insert into envoy (id, name, country_id, version) select 3000000 + g, 'Planned envoy ' || g,"
                + " (select min(id) from country), 0 from generate_series(1, 5000) g",
        "insert into meeting (id, title, date, city, host_country_id, version) select 3000000 + g,"
                + " 'Planned meeting ' || g, date '2000-01-01' + g / 2, 'Plan City', (select min(id) from country), 0"
                + " from generate_series(1, 20000) g",
        // the connection keeps generic plans, the foreign-key checks' too: planned while the tables were small, they
        // would read the whole referenced table for every row inserted (a minute, not a second); ANALYZE replans them
        "analyze envoy, meeting",
        "insert into meeting_participant (meeting_id, envoy_id, meeting_date) select 3000000 + g,"
                + " 3000001 + (g + k * 1667) % 5000, date '2000-01-01' + g / 2"
                + " from generate_series(1, 20000) g, generate_series(0, 2) k",
        "insert into article (id, source, published_on, text, content_hash, status, meeting_id, version, created_at)"
                + " select 3000000 + g, 'Plan Wire', date '2000-01-01' + g / 2, 'Planned article ' || g, 'plan' || g,"
                + " 'CONFIRMED', 3000000 + g, 0, timestamp '2000-01-01 00:00:00' from generate_series(1, 20000) g",
        "analyze article",
        "insert into quote (id, meeting_id, speaker_id, text, partial, position, article_id, start_offset,"
                + " end_offset) select 3000000 + g * 4 + p, 3000000 + g, 3000001 + (g + (p % 3) * 1667) % 5000,"
                + " 'Planned words', false, p, 3000000 + g, 0, 7 from generate_series(1, 20000) g,"
                + " generate_series(1, 4) p",
        "insert into meeting_topic (meeting_id, position, topic) select 3000000 + g, p, 'topic ' || p"
                + " from generate_series(1, 20000) g, generate_series(1, 2) p",
        "analyze envoy, meeting, meeting_participant, quote, meeting_topic, article"};

    private GenericPlans() {
    }

    /**
     * A statement template with all of {@code joins} in it, filled by {@link Joins} as for a query asking for each of
     * them.
     */
    public static <P> String joined(String template, List<JoinedOne<P, ?>> joins) {
        String fields = joins.stream().map(join -> " " + join.field() + " { __typename }").reduce("", String::concat);
        return Joins.of(Selection.parse("{ __typename" + fields + " }"), joins).sql(template);
    }

    /**
     * A nested list's page statement as PostgreSQL runs it for the default page size, with all of {@code joins} and
     * the extra {@code conditions} (written with their values, so that the statement's one parameter stays the parent
     * keys).
     */
    public static <P> String nested(NestedList<?> list, List<JoinedOne<P, ?>> joins, String conditions) {
        return joined(list.statement(true, conditions, PageRequest.DEFAULT_SIZE + 1, false), joins);
    }

    /** Like {@link #nested}, for the last page of each parent ({@code last}), read in reverse order. */
    public static <P> String nestedBackward(NestedList<?> list, List<JoinedOne<P, ?>> joins, String conditions) {
        return joined(list.statement(true, conditions, PageRequest.DEFAULT_SIZE + 1, true), joins);
    }

    /**
     * Asserts that no statement's generic plan reads a whole large table. Each statement's first parameter is the
     * parent keys as an array ({@code = any(?)}); any further one (a page size) is given 21.
     */
    public static void assertKeysAreLookedUp(DataSource dataSource, Map<String, String> statements)
            throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                assertEquals("force_generic_plan", single(sql, "show plan_cache_mode"), "the connection's plan mode");
                for (String volume : VOLUME) {
                    sql.execute(volume);
                }
                for (Map.Entry<String, String> statement : statements.entrySet()) {
                    String plan = plan(sql, statement.getValue());
                    assertFalse(WHOLE_TABLE.matcher(plan).find(),
                            statement.getKey() + " reads a whole table in its generic plan:\n" + plan);
                }
            } finally {
                connection.rollback();
            }
        }
    }

    private static String plan(Statement sql, String statement) throws SQLException {
        StringBuilder numbered = new StringBuilder();
        StringBuilder values = new StringBuilder("'{1, 2, 3}'");
        int parameter = 0;
        for (char c : statement.toCharArray()) {
            if (c == '?') {
                numbered.append('$').append(++parameter);
                if (parameter > 1) {
                    values.append(", 21");
                }
            } else {
                numbered.append(c);
            }
        }
        sql.execute("prepare plan_check as " + numbered);
        try {
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = sql.executeQuery("explain execute plan_check(" + values + ")")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        } finally {
            sql.execute("deallocate plan_check");
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
