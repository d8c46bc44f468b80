package io.envoys.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.envoys.shared.Cursor;
import io.envoys.shared.Where;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Keyset pagination: the statement of a page far down the list is planned like the first page's (the cursor's
 * condition narrows the same index range, nothing is skipped row by row), on H2 and on PostgreSQL. The plans are read
 * with 20,000 extra meetings in a transaction that is rolled back, so the planner sees a list worth paging through
 * and the other tests never see them.
 */
@QuarkusTest
class KeysetPlanTest {

    /** PostgreSQL's plan nodes with the index they use, without costs and conditions. */
    private static final Pattern POSTGRESQL_NODE = Pattern.compile("^\\s*(?:->\\s*)?([A-Z][\\w ]+?(?: using \\w+)?)(?: on |  \\(|$)");
    private static final int MEETINGS = 20_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    /** H2's plan comments: the index it reads and whether the order comes from it. */
    private static final Pattern H2_COMMENT = Pattern.compile("/\\* (index sorted|[\\w.]+)");

    @Inject
    DataSource dataSource;

    @Test
    void pageOneThousandIsPlannedLikePageOne() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                addMeetings(connection);
                String select = String.format(MeetingLoader.PAGE_SELECT, "", "");
                // the 19,980th meeting, newest first: the last row of page 999 of 20
                LocalDate date = FIRST_DAY.plusDays((MEETINGS - 19_980) / 2);
                long id = 900_000L + MEETINGS - 19_980;
                Where afterRow19980 = new Where();
                MeetingLoader.PAGE.after().accept(afterRow19980, Cursor.decode(MeetingLoader.LIST, 2,
                        Cursor.encode(MeetingLoader.LIST, date, id)));

                List<String> first = plan(connection, MeetingLoader.PAGE.statement(select, new Where()), List.of(21));
                List<String> far = plan(connection, MeetingLoader.PAGE.statement(select, afterRow19980),
                        List.of(date, id, 21));

                assertTrue(first.stream().anyMatch(node -> node.toLowerCase().contains("meeting_date_idx")),
                        "page 1 reads the date index: " + first);
                assertEquals(first, far, "page 1,000 is planned like page 1");
            } finally {
                connection.rollback();
            }
        }
    }

    /** Two meetings a day from 2000-01-01, hosted by the seed's first country. */
    private static void addMeetings(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into meeting"
                + " (id, title, date, city, host_country_id, version) values (?, ?, ?, 'Plan City', 1, 0)")) {
            for (int i = 0; i < MEETINGS; i++) {
                insert.setLong(1, 900_000L + i);
                insert.setString(2, "Planned meeting " + i);
                insert.setObject(3, FIRST_DAY.plusDays(i / 2));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            try (PreparedStatement analyze = connection.prepareStatement("analyze meeting")) {
                analyze.execute();
            }
        }
    }

    private static List<String> plan(Connection connection, String statement, List<Object> parameters)
            throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("explain " + statement)) {
            for (int i = 0; i < parameters.size(); i++) {
                explain.setObject(i + 1, parameters.get(i));
            }
            List<String> nodes = new ArrayList<>();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    String line = rows.getString(1);
                    Matcher h2 = H2_COMMENT.matcher(line);
                    while (h2.find()) {
                        nodes.add(h2.group(1));
                    }
                    Matcher postgresql = POSTGRESQL_NODE.matcher(line);
                    if (!line.contains("/*") && postgresql.find()) {
                        nodes.add(postgresql.group(1).strip());
                    }
                }
            }
            return nodes;
        }
    }
}
