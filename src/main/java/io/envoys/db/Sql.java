package io.envoys.db;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.runtime.BlockingOperationNotAllowedException;

/**
 * Runs the read statements in plain SQL. Inside a transaction (a mutation reading its answer) on the transaction's own
 * connection, after Hibernate wrote what it holds, so the answer shows the change; otherwise (queries) each statement
 * borrows a pooled connection in autocommit mode, with no transaction to begin and end: each statement sees the
 * committed data as it starts, which is all a read-committed transaction would give. Reads skip Hibernate's query
 * translation and entity machinery: the statement text is fixed (a level's parent keys go in as one array,
 * {@code = any(?)}), so the database prepares it once per connection. Rows come back as arrays of Long, Integer,
 * Boolean, LocalDate, OffsetDateTime (a {@code timestamp with time zone}, at UTC) and String.
 */
@ApplicationScoped
public class Sql {

    /** Parents per statement; large enough that a page of 100 with its children stays one statement per level. */
    private static final int KEYS_PER_STATEMENT = 5_000;

    private final EntityManager em;
    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final int timeoutSeconds;
    private final Counter statements;
    private final boolean lateralJoins;
    private final DeadlineCanceller canceller;
    private final Duration acquisitionTimeout;
    /** The JDBC types of each statement's columns, by statement text: asking the driver costs more than the rows. */
    private final Cache<String, int[]> columnTypes = Caffeine.newBuilder().maximumSize(2_000).build();

    Sql(EntityManager em, DataSource dataSource, TransactionSynchronizationRegistry transactions, MeterRegistry metrics,
            DbConfig config, @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind,
            DeadlineCanceller canceller,
            @ConfigProperty(name = "quarkus.datasource.jdbc.acquisition-timeout", defaultValue = "5S")
            Duration acquisitionTimeout) {
        this.canceller = canceller;
        this.acquisitionTimeout = acquisitionTimeout;
        this.lateralJoins = "postgresql".equals(databaseKind);
        this.em = em;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.timeoutSeconds = config.queryTimeoutSeconds();
        this.statements = Counter.builder("envoys.sql.statements")
                .description("SQL statements run by the read path (queries, and the answers of mutations)")
                .register(metrics);
    }

    /** Whether the database runs {@code LATERAL} subqueries: PostgreSQL does, H2 does not. */
    public boolean lateralJoins() {
        return lateralJoins;
    }

    /**
     * The rows of a statement whose {@code ?} take {@code parameters} in order.
     *
     * @throws BlockingOperationNotAllowedException on a Vert.x event-loop thread, which a statement must never block
     */
    public List<Object[]> rows(String sql, List<?> parameters) {
        if (!BlockingOperationControl.isBlockingAllowed()) {
            throw new BlockingOperationNotAllowedException("A SQL statement may not run on an event-loop thread");
        }
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            Session session = em.unwrap(Session.class);
            session.flush();
            return session.doReturningWork(connection -> {
                try {
                    return execute(connection, sql, parameters);
                } catch (SQLException failed) {
                    throw DatabaseFailures.translate(failed);
                }
            });
        }
        try (Connection connection = canceller.borrow(dataSource, acquisitionTimeout)) {
            return execute(connection, sql, parameters);
        } catch (SQLException failed) {
            throw DatabaseFailures.translate(failed);
        }
    }

    /**
     * The rows of a batch statement for a level, grouped by the parent key in the first column, keys in the order
     * they first come; the statement takes the parent keys as its one parameter ({@code … = any(?)}) and the reader
     * reads from column 1 on.
     */
    public <V> Map<Long, List<V>> byKey(String sql, Collection<Long> keys, Function<Object[], V> reader) {
        return byKey(sql, keys, List.of(), reader);
    }

    /**
     * Like {@link #byKey(String, Collection, Function)} for a statement whose first parameter is the parent keys and
     * whose further {@code ?} take {@code parameters} in order (a filter, a cursor, a page size).
     */
    public <V> Map<Long, List<V>> byKey(String sql, Collection<Long> keys, List<?> parameters,
            Function<Object[], V> reader) {
        Map<Long, List<V>> grouped = new LinkedHashMap<>();
        List<Long> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += KEYS_PER_STATEMENT) {
            Long[] chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_STATEMENT)).toArray(Long[]::new);
            List<Object> bound = new ArrayList<>(parameters.size() + 1);
            bound.add(new KeyArray(chunk));
            bound.addAll(parameters);
            for (Object[] row : rows(sql, bound)) {
                grouped.computeIfAbsent((Long) row[0], key -> new ArrayList<>()).add(reader.apply(row));
            }
        }
        return grouped;
    }

    /** Like {@link #byKey} for statements that return at most one row per key (lookups by id). */
    public <V> Map<Long, V> oneByKey(String sql, Collection<Long> keys, Function<Object[], V> reader) {
        Map<Long, V> single = new LinkedHashMap<>();
        byKey(sql, keys, reader).forEach((key, values) -> single.put(key, values.get(0)));
        return single;
    }

    private List<Object[]> execute(Connection connection, String sql, List<?> parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(Deadline.statementSeconds(timeoutSeconds));
            for (int i = 0; i < parameters.size(); i++) {
                bind(connection, statement, i + 1, parameters.get(i));
            }
            statements.increment();
            Runnable disarm = canceller.cancelAtDeadline(statement);
            try (ResultSet result = statement.executeQuery()) {
                return read(result, columnTypes.get(sql, text -> types(result)));
            } finally {
                disarm.run();
            }
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, int index, Object value)
            throws SQLException {
        if (value instanceof KeyArray keys) {
            Array array = connection.createArrayOf("bigint", keys.values());
            statement.setArray(index, array);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else if (value instanceof String text) {
            statement.setString(index, text);
        } else if (value instanceof LocalDate date) {
            statement.setObject(index, date);
        } else if (value instanceof OffsetDateTime instant) {
            statement.setObject(index, instant);
        } else {
            throw new IllegalArgumentException("No SQL binding for " + value);
        }
    }

    private static int[] types(ResultSet result) {
        try {
            ResultSetMetaData metaData = result.getMetaData();
            int[] types = new int[metaData.getColumnCount()];
            for (int i = 0; i < types.length; i++) {
                types[i] = metaData.getColumnType(i + 1);
                if ("timestamptz".equals(metaData.getColumnTypeName(i + 1))) {
                    types[i] = Types.TIMESTAMP_WITH_TIMEZONE; // PostgreSQL's driver calls it TIMESTAMP
                }
            }
            return types;
        } catch (SQLException failed) {
            throw DatabaseFailures.translate(failed);
        }
    }

    private static List<Object[]> read(ResultSet result, int[] types) throws SQLException {
        int columns = types.length;
        List<Object[]> rows = new ArrayList<>();
        while (result.next()) {
            Object[] row = new Object[columns];
            for (int i = 0; i < columns; i++) {
                row[i] = value(result, i + 1, types[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static Object value(ResultSet result, int column, int type) throws SQLException {
        Object value = switch (type) {
            case Types.BIGINT -> result.getLong(column);
            case Types.INTEGER, Types.SMALLINT -> result.getInt(column);
            case Types.BOOLEAN, Types.BIT -> result.getBoolean(column);
            case Types.DATE -> result.getObject(column, LocalDate.class);
            case Types.TIMESTAMP_WITH_TIMEZONE -> atUtc(result.getObject(column, OffsetDateTime.class));
            default -> result.getString(column);
        };
        return result.wasNull() ? null : value;
    }

    private static OffsetDateTime atUtc(OffsetDateTime instant) {
        return instant == null ? null : instant.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** Parent keys bound as one SQL array. */
    private record KeyArray(Long[] values) {
    }
}
