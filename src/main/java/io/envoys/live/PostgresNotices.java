package io.envoys.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Notices across replicas through PostgreSQL's NOTIFY and LISTEN: a notice is sent with {@code pg_notify} inside the
 * writing transaction, so PostgreSQL delivers it only if that transaction commits, in commit order, once for notices
 * alike in one transaction, to every replica listening (the NOTIFY reference, "Notes"). Each replica listens on a
 * connection of its own, outside the pool, and hands what arrives to its {@link FanOut}. While that connection is
 * lost, this replica's subscribers miss what is recorded (it says so in the log and is not ready,
 * {@code /q/health/ready}) until it listens again, retrying every second.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class PostgresNotices implements Notices {

    static final String CHANNEL = "envoys_record";
    private static final Logger LOG = Logger.getLogger(PostgresNotices.class);
    private static final int WAIT_MILLIS = 1_000;
    private static final int CHECK_EVERY_WAITS = 10;

    private final EntityManager em;
    private final FanOut fanOut;
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private volatile boolean running = true;
    private volatile boolean listening;
    private Thread listener;

    PostgresNotices(EntityManager em, FanOut fanOut, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.em = em;
        this.fanOut = fanOut;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    @Override
    public void send(RecordNotice notice) {
        em.createNativeQuery("select pg_notify('" + CHANNEL + "', ?1)").setParameter(1, notice.encode())
                .getSingleResult();
    }

    void start(@Observes StartupEvent started) {
        listener = new Thread(this::listen, "envoys-record-notices");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    /** Whether this replica listens for notices now. */
    boolean listening() {
        return listening;
    }

    private void listen() {
        while (running) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                LOG.debug("Listening for record notices");
                receive(connection.unwrap(PGConnection.class), connection);
            } catch (SQLException lost) {
                if (running) {
                    if (listening) {
                        LOG.warnf("Lost the connection that listens for record notices (%s); subscribers on this"
                                + " replica miss what is recorded until it is back", lost.getMessage());
                    }
                    listening = false;
                    pause();
                }
            } finally {
                listening = false;
            }
        }
    }

    private void receive(PGConnection notices, Connection connection) throws SQLException {
        int quietWaits = 0;
        while (running) {
            PGNotification[] received = notices.getNotifications(WAIT_MILLIS);
            if (received == null || received.length == 0) {
                if (++quietWaits % CHECK_EVERY_WAITS == 0 && !connection.isValid(2)) {
                    throw new SQLException("the connection no longer answers");
                }
                continue;
            }
            for (PGNotification notification : received) {
                RecordNotice notice = RecordNotice.decode(notification.getParameter());
                if (notice != null) {
                    fanOut.deliver(notice);
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "envoys record notices");
        Connection connection = new org.postgresql.Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL URL: the PostgreSQL build needs a jdbc:postgresql: URL");
        }
        return connection;
    }

    private static void pause() {
        try {
            Thread.sleep(WAIT_MILLIS);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
