package io.envoys.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * A fresh, empty database of the kind the application was built for: an H2 file in a new folder, or a new
 * PostgreSQL database on the server the PostgreSQL build is tested against.
 */
public final class TestDatabase {

    private final String url;
    private final String username;

    private TestDatabase(String url, String username) {
        this.url = url;
        this.username = username;
    }


    public static TestDatabase fresh(String name) {
        if (!"postgresql".equals(System.getProperty("envoys.db-kind"))) {
            try {
                Path folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "h2-" + name);
                return new TestDatabase("jdbc:h2:file:" + folder.resolve("envoys")
                        + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0", "envoys");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String admin = System.getProperty("envoys.test.postgresql.url");
        String user = System.getProperty("envoys.test.postgresql.username");
        String database = "envoys_" + name.toLowerCase().replaceAll("[^a-z0-9]", "_");
        try (Connection connection = DriverManager.getConnection(admin, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + " on " + admin, e);
        }
        return new TestDatabase(admin.substring(0, admin.lastIndexOf('/') + 1) + database, user);
    }

    public String url() {
        return url;
    }

    /** The settings that point the application at this database. */
    public Map<String, String> settings() {
        return settings(url);
    }

    /** The same database reached through another URL (a proxy in front of it, say). */
    public Map<String, String> settings(String jdbcUrl) {
        Map<String, String> settings = new HashMap<>();
        settings.put("quarkus.datasource.jdbc.url", jdbcUrl);
        settings.put("quarkus.datasource.username", username);
        return settings;
    }
}
