package io.envoys.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.envoys.db.Where;
import io.quarkus.test.junit.QuarkusTest;

/**
 * How pages of meetings are planned, on H2 and on PostgreSQL: a page far down the list like the first page (the
 * cursor's condition narrows the same index range, nothing is skipped row by row), and the case-insensitive filters
 * through their key indexes. The plans are read with 20,000 extra meetings in a transaction that is rolled back, so
 * the planner sees a list worth paging through and the other tests never see them.
 */
@QuarkusTest
class MeetingPagePlanTest {

    /** PostgreSQL's plan nodes with the index they use, without costs and conditions. */
    private static final Pattern POSTGRESQL_NODE =
            Pattern.compile("^\\s*(?:->\\s*)?([A-Z][\\w ]+?(?: (?:using|on) \\w+)?)(?: on |  \\(|$)");
    private static final int MEETINGS = 20_000;
    private static final int CITIES = 400;
    private static final int TOPICS = 200;
    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final OffsetDateTime RECORDED_FROM = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    /** H2's plan comments: the index it reads and whether the order comes from it. */
    private static final Pattern H2_COMMENT = Pattern.compile("/\\* (index sorted|[\\w.]+)");

    @Inject
    DataSource dataSource;

    @Inject
    MeetingReads meetings;

    @Test
    void pageOneThousandIsPlannedLikePageOne() throws SQLException {
        withManyMeetings((connection, select) -> {
            // the 19,980th meeting, newest first: the last row of page 999 of 20
            LocalDate date = FIRST_DAY.plusDays((MEETINGS - 19_980) / 2);
            long id = 900_000L + MEETINGS - 19_980;
            Where afterRow19980 = new Where();
            MeetingLoader.PAGE.keyset().beyond(afterRow19980, Cursor.decode(MeetingLoader.LIST, 2,
                    Cursor.encode(MeetingLoader.LIST, date, id), "after"), false);

            List<String> first = plan(connection, select, new Where());
            List<String> far = plan(connection, select, afterRow19980);

            assertTrue(first.stream().anyMatch(node -> node.toLowerCase().contains("meeting_date_idx")),
                    "page 1 reads the date index: " + first);
            assertEquals(first, far, "page 1,000 is planned like page 1");
        });
    }

    @Test
    void cityAndTopicFiltersReadTheirKeyIndexes() throws SQLException {
        withManyMeetings((connection, select) -> {
            MeetingFilter inCity = new MeetingFilter();
            inCity.city = "PLAN CITY 7";
            MeetingFilter onTopic = new MeetingFilter();
            onTopic.topic = "Plan Topic 7";

            List<String> city = plan(connection, select, meetings.where(inCity));
            List<String> topic = plan(connection, select, meetings.where(onTopic));

            assertTrue(city.stream().anyMatch(node -> node.toLowerCase().contains("meeting_city_key_idx")),
                    "the city filter reads the city key index: " + city);
            assertTrue(topic.stream().anyMatch(node -> node.toLowerCase().contains("meeting_topic_key_idx")),
                    "the topic filter reads the topic key index: " + topic);
        });
    }

    @Test
    void recordedSinceReadsTheRecordedIndexForRecentMeetings() throws SQLException {
        withManyMeetings((connection, select) -> {
            MeetingFilter recent = new MeetingFilter();
            recent.recordedSince = RECORDED_FROM.plusMinutes(MEETINGS - 10L);

            List<String> plan = plan(connection, select, meetings.where(recent));

            assertTrue(plan.stream().anyMatch(node -> node.toLowerCase().contains("meeting_recorded_idx")),
                    "the last ten meetings recorded are found through the recorded index: " + plan);
        });
    }

    /** Checks made on a connection that sees the extra meetings, given the page statement's select. */
    @FunctionalInterface
    private interface PlanChecks {
        void run(Connection connection, String select) throws SQLException;
    }

    private void withManyMeetings(PlanChecks checks) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                addMeetings(connection);
                checks.run(connection, String.format(MeetingLoader.PAGE_SELECT, "", ""));
            } finally {
                connection.rollback();
            }
        }
    }

    /**
     * Two meetings a day from 2000-01-01, hosted by the seed's first country, in 400 cities with one of 200 topics,
     * recorded a minute apart from 2026-01-01.
     */
    private static void addMeetings(Connection connection) throws SQLException {
        try (PreparedStatement meeting = connection.prepareStatement("insert into meeting"
                + " (id, title, date, city, host_country_id, version, recorded_at) values (?, ?, ?, ?, 1, 0, ?)");
                PreparedStatement topic = connection.prepareStatement("insert into meeting_topic"
                        + " (meeting_id, position, topic) values (?, 0, ?)")) {
            for (int i = 0; i < MEETINGS; i++) {
                meeting.setLong(1, 900_000L + i);
                meeting.setString(2, "Planned meeting " + i);
                meeting.setObject(3, FIRST_DAY.plusDays(i / 2));
                meeting.setString(4, "Plan City " + i % CITIES);
                meeting.setObject(5, RECORDED_FROM.plusMinutes(i));
                meeting.addBatch();
                topic.setLong(1, 900_000L + i);
                topic.setString(2, "Plan Topic " + i % TOPICS);
                topic.addBatch();
            }
            meeting.executeBatch();
            topic.executeBatch();
        }
        if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            try (PreparedStatement analyze = connection.prepareStatement("analyze meeting, meeting_topic")) {
                analyze.execute();
            }
        }
    }

    /** The plan of a page of 20 (and one more row, to tell whether there is a next) under these conditions. */
    private static List<String> plan(Connection connection, String select, Where filter) throws SQLException {
        List<Object> parameters = new ArrayList<>(filter.parameters());
        parameters.add(21);
        try (PreparedStatement explain = connection.prepareStatement(
                "explain " + MeetingLoader.PAGE.statement(select, filter, false))) {
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
