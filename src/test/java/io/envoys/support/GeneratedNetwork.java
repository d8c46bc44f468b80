package io.envoys.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

/**
 * A generated network of envoys, meetings and quotes, thousands of rows, written to the test database and removed
 * again, with the order each nested connection must list them in worked out here, independently of the service.
 * Names are upper-case letters and digits of one length, so every database collation sorts them as Java does; names
 * and dates repeat, so the lists' tie-breakers (ids) matter. Ids start at 7,000,000, far from seed and test rows.
 */
public final class GeneratedNetwork {

    public static final String[] COUNTRY_CODES = {"QZ", "QY"};
    private static final long BASE = 7_000_000L;
    private static final int ENVOYS = 120;
    private static final int MEETINGS = 1_500;
    private static final int QUOTES_PER_MEETING = 3;
    private static final LocalDate FIRST_DAY = LocalDate.of(2001, 1, 1);

    public final List<Long> countries = new ArrayList<>();
    public final Map<Long, Long> countryOf = new HashMap<>();
    public final Map<Long, String> nameOf = new HashMap<>();
    public final List<Meeting> meetings = new ArrayList<>();
    public final List<Quote> quotes = new ArrayList<>();

    /** A generated meeting. */
    public record Meeting(long id, LocalDate date, long hostCountry, List<Long> participants) {
    }

    /** A generated quote. */
    public record Quote(long id, long meeting, long speaker, int position) {
    }

    /** A counterpart of an envoy as the service must report it. */
    public record Counterpart(long envoy, int meetingCount, LocalDate lastMetOn) {
    }

    private GeneratedNetwork() {
    }

    /** Generates the network from a fixed seed and writes it. */
    public static GeneratedNetwork write(DataSource dataSource) throws SQLException {
        GeneratedNetwork network = new GeneratedNetwork();
        network.generate(new Random(20161213));
        try (Connection connection = dataSource.getConnection()) {
            network.remove(connection);
            network.insert(connection);
        }
        return network;
    }

    /** Removes every generated row. */
    public void remove(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            remove(connection);
        }
    }

    private void generate(Random random) {
        for (int c = 0; c < COUNTRY_CODES.length; c++) {
            countries.add(BASE + c);
        }
        for (int e = 0; e < ENVOYS; e++) {
            long id = BASE + 1_000 + e;
            countryOf.put(id, countries.get(e % 3 == 0 ? 1 : 0));
            // 40 distinct names, each three times: the id breaks the ties
            nameOf.put(id, String.format("GENVOY%03d", (e * 7) % 40));
        }
        List<Long> envoys = envoyIds();
        for (int m = 0; m < MEETINGS; m++) {
            long id = BASE + 10_000 + m;
            // about four meetings a day: dates repeat, and the ids of one day are not in date order
            LocalDate date = FIRST_DAY.plusDays(random.nextInt(MEETINGS / 4));
            Set<Long> participants = new LinkedHashSet<>();
            int size = 2 + random.nextInt(4);
            // a few envoys meet often, so counts differ and counterparts have a real order
            while (participants.size() < size) {
                participants.add(envoys.get(random.nextInt(3) == 0 ? random.nextInt(10) : random.nextInt(ENVOYS)));
            }
            meetings.add(new Meeting(id, date, countries.get(random.nextInt(countries.size())),
                    List.copyOf(participants)));
        }
        long quoteId = BASE + 100_000;
        for (Meeting meeting : meetings) {
            for (int p = QUOTES_PER_MEETING; p >= 1; p--) {
                quotes.add(new Quote(quoteId++, meeting.id(), meeting.participants().get(p % meeting.participants()
                        .size()), p * 10));
            }
        }
    }

    public List<Long> envoyIds() {
        return nameOf.keySet().stream().sorted().toList();
    }

    /** A country's envoys, by name, then id. */
    public List<Long> envoysOf(long country) {
        return envoyIds().stream().filter(id -> countryOf.get(id) == country).sorted(byName()).toList();
    }

    /** An envoy's meetings, oldest first, then by id. */
    public List<Long> meetingsOf(long envoy) {
        return meetings.stream().filter(meeting -> meeting.participants().contains(envoy))
                .sorted(Comparator.comparing(Meeting::date).thenComparing(Meeting::id)).map(Meeting::id).toList();
    }

    /** A country's hosted meetings, newest first, then by id descending. */
    public List<Long> hostedBy(long country) {
        return meetings.stream().filter(meeting -> meeting.hostCountry() == country)
                .sorted(Comparator.comparing(Meeting::date).thenComparing(Meeting::id).reversed()).map(Meeting::id)
                .toList();
    }

    /** A meeting's quotes, by position, then id. */
    public List<Long> quotesOf(long meeting) {
        return quotes.stream().filter(quote -> quote.meeting() == meeting)
                .sorted(Comparator.comparingInt(Quote::position).thenComparing(Quote::id)).map(Quote::id).toList();
    }

    /** An envoy's quotes: by meeting date, meeting id, position, id. */
    public List<Long> quotesBy(long envoy) {
        Map<Long, Meeting> byId = new HashMap<>();
        meetings.forEach(meeting -> byId.put(meeting.id(), meeting));
        return quotes.stream().filter(quote -> quote.speaker() == envoy)
                .sorted(Comparator.comparing((Quote quote) -> byId.get(quote.meeting()).date())
                        .thenComparing(Quote::meeting).thenComparingInt(Quote::position).thenComparing(Quote::id))
                .map(Quote::id).toList();
    }

    /** An envoy's counterparts: most meetings together first, then by name, then id. */
    public List<Counterpart> counterpartsOf(long envoy) {
        Map<Long, Integer> counts = new HashMap<>();
        Map<Long, LocalDate> last = new HashMap<>();
        for (Meeting meeting : meetings) {
            if (!meeting.participants().contains(envoy)) {
                continue;
            }
            for (long other : meeting.participants()) {
                if (other != envoy) {
                    counts.merge(other, 1, Integer::sum);
                    last.merge(other, meeting.date(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        return counts.keySet().stream()
                .sorted(Comparator.comparing((Long other) -> -counts.get(other)).thenComparing(byName()))
                .map(other -> new Counterpart(other, counts.get(other), last.get(other))).toList();
    }

    private Comparator<Long> byName() {
        return Comparator.comparing((Long id) -> nameOf.get(id)).thenComparing(id -> id);
    }

    private void insert(Connection connection) throws SQLException {
        batch(connection, "insert into country (id, code, name) values (?, ?, ?)", countries.size(), (insert, i) -> {
            insert.setLong(1, countries.get(i));
            insert.setString(2, COUNTRY_CODES[i]);
            insert.setString(3, "Generated " + COUNTRY_CODES[i]);
        });
        List<Long> envoys = envoyIds();
        batch(connection, "insert into envoy (id, name, country_id, version) values (?, ?, ?, 0)", envoys.size(),
                (insert, i) -> {
                    insert.setLong(1, envoys.get(i));
                    insert.setString(2, nameOf.get(envoys.get(i)));
                    insert.setLong(3, countryOf.get(envoys.get(i)));
                });
        batch(connection, "insert into meeting (id, title, date, city, host_country_id, version)"
                + " values (?, ?, ?, 'Generated City', ?, 0)", meetings.size(), (insert, i) -> {
                    Meeting meeting = meetings.get(i);
                    insert.setLong(1, meeting.id());
                    insert.setString(2, "Generated meeting " + i);
                    insert.setObject(3, meeting.date());
                    insert.setLong(4, meeting.hostCountry());
                });
        List<Object[]> participations = new ArrayList<>();
        meetings.forEach(meeting -> meeting.participants().forEach(envoy ->
                participations.add(new Object[] {meeting.id(), envoy, meeting.date()})));
        batch(connection, "insert into meeting_participant (meeting_id, envoy_id, meeting_date) values (?, ?, ?)",
                participations.size(), (insert, i) -> {
                    insert.setLong(1, (Long) participations.get(i)[0]);
                    insert.setLong(2, (Long) participations.get(i)[1]);
                    insert.setObject(3, participations.get(i)[2]);
                });
        batch(connection, "insert into quote (id, meeting_id, speaker_id, text, partial, position)"
                + " values (?, ?, ?, 'Generated words', false, ?)", quotes.size(), (insert, i) -> {
                    Quote quote = quotes.get(i);
                    insert.setLong(1, quote.id());
                    insert.setLong(2, quote.meeting());
                    insert.setLong(3, quote.speaker());
                    insert.setInt(4, quote.position());
                });
    }

    private static void remove(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate("delete from quote where id >= " + BASE + " and id < " + (BASE + 1_000_000));
            sql.executeUpdate("delete from meeting where id >= " + BASE + " and id < " + (BASE + 1_000_000));
            sql.executeUpdate("delete from envoy where id >= " + BASE + " and id < " + (BASE + 1_000_000));
            sql.executeUpdate("delete from country where id >= " + BASE + " and id < " + (BASE + 1_000_000));
        }
    }

    private static void batch(Connection connection, String statement, int rows, Row row) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(statement)) {
            for (int i = 0; i < rows; i++) {
                row.bind(insert, i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @FunctionalInterface
    private interface Row {
        void bind(PreparedStatement insert, int index) throws SQLException;
    }
}
