package io.envoys.article;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * One meeting as the database holds it, read with plain JDBC: the meeting, its participants (envoys and
 * participations, by name), its quotes (by position) and the articles that report it. Envoys are named, not numbered,
 * so that the seed's rows and rows recorded later compare field by field.
 *
 * @param meeting        the meeting row
 * @param envoys         the envoys taking part, by name
 * @param participations the participations, by envoy name
 * @param quotes         the quotes, by position
 * @param articles       the articles whose {@code meeting_id} is this meeting, by id
 */
record MeetingRecord(Meeting meeting, List<Envoy> envoys, List<Participation> participations, List<Quote> quotes,
        List<Article> articles) {

    /** A meeting row, its host country as a code. */
    record Meeting(long id, String title, LocalDate date, String city, String venue, String hostCountry,
            String summary, String source, List<String> topics) {
    }

    /** An envoy row, its country as a code. */
    record Envoy(long id, String name, String country, String title, String organization) {
    }

    /** A participation row, its envoy by name. */
    record Participation(String envoy, LocalDate meetingDate, String titleAsWritten) {
    }

    /** A quote row, its speaker by name; the article link and offsets are null for a quote typed in by hand. */
    record Quote(int position, String speaker, String text, boolean partial, String context, Long articleId,
            Integer start, Integer end) {
    }

    /** An article row. */
    record Article(long id, String source, String url, LocalDate publishedOn, String headline, String text,
            String contentHash, String status, Long meetingId) {
    }

    /** Reads meeting {@code meetingId} and what belongs to it. */
    static MeetingRecord read(DataSource dataSource, long meetingId) {
        try (Connection connection = dataSource.getConnection()) {
            return new MeetingRecord(meeting(connection, meetingId), envoys(connection, meetingId),
                    participations(connection, meetingId), quotes(connection, meetingId),
                    articles(connection, meetingId));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Meeting meeting(Connection connection, long meetingId) throws SQLException {
        List<String> topics = new ArrayList<>();
        try (ResultSet row = query(connection, "select topic from meeting_topic where meeting_id = ? order by position",
                meetingId)) {
            while (row.next()) {
                topics.add(row.getString(1));
            }
        }
        try (ResultSet row = query(connection, "select m.id, m.title, m.date, m.city, m.venue, c.code, m.summary,"
                + " m.source from meeting m join country c on c.id = m.host_country_id where m.id = ?", meetingId)) {
            if (!row.next()) {
                throw new IllegalStateException("no meeting " + meetingId);
            }
            return new Meeting(row.getLong(1), row.getString(2), row.getObject(3, LocalDate.class), row.getString(4),
                    row.getString(5), row.getString(6), row.getString(7), row.getString(8), List.copyOf(topics));
        }
    }

    private static List<Envoy> envoys(Connection connection, long meetingId) throws SQLException {
        List<Envoy> envoys = new ArrayList<>();
        try (ResultSet row = query(connection, "select e.id, e.name, c.code, e.title, e.organization from envoy e"
                + " join country c on c.id = e.country_id join meeting_participant mp on mp.envoy_id = e.id"
                + " where mp.meeting_id = ? order by e.name", meetingId)) {
            while (row.next()) {
                envoys.add(new Envoy(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5)));
            }
        }
        return envoys;
    }

    private static List<Participation> participations(Connection connection, long meetingId) throws SQLException {
        List<Participation> participations = new ArrayList<>();
        try (ResultSet row = query(connection, "select e.name, mp.meeting_date, mp.title_as_written"
                + " from meeting_participant mp join envoy e on e.id = mp.envoy_id where mp.meeting_id = ?"
                + " order by e.name", meetingId)) {
            while (row.next()) {
                participations.add(new Participation(row.getString(1), row.getObject(2, LocalDate.class),
                        row.getString(3)));
            }
        }
        return participations;
    }

    private static List<Quote> quotes(Connection connection, long meetingId) throws SQLException {
        List<Quote> quotes = new ArrayList<>();
        try (ResultSet row = query(connection, "select q.position, e.name, q.text, q.partial, q.context, q.article_id,"
                + " q.start_offset, q.end_offset from quote q join envoy e on e.id = q.speaker_id"
                + " where q.meeting_id = ? order by q.position", meetingId)) {
            while (row.next()) {
                quotes.add(new Quote(row.getInt(1), row.getString(2), row.getString(3), row.getBoolean(4),
                        row.getString(5), row.getObject(6, Long.class), row.getObject(7, Integer.class),
                        row.getObject(8, Integer.class)));
            }
        }
        return quotes;
    }

    private static List<Article> articles(Connection connection, long meetingId) throws SQLException {
        List<Article> articles = new ArrayList<>();
        try (ResultSet row = query(connection, "select id, source, url, published_on, headline, text, content_hash,"
                + " status, meeting_id from article where meeting_id = ? order by id", meetingId)) {
            while (row.next()) {
                articles.add(new Article(row.getLong(1), row.getString(2), row.getString(3),
                        row.getObject(4, LocalDate.class), row.getString(5), row.getString(6), row.getString(7),
                        row.getString(8), row.getObject(9, Long.class)));
            }
        }
        return articles;
    }

    /** The rows of {@code sql} with its one parameter; closing the result set closes the statement. */
    private static ResultSet query(Connection connection, String sql, long parameter) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setLong(1, parameter);
        statement.closeOnCompletion();
        return statement.executeQuery();
    }
}
