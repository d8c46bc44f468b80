package io.envoys.db;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The settings of the db room, under {@code envoys.db}. The pool and the URL are Quarkus's own datasource settings. */
@ConfigMapping(prefix = "envoys.db")
public interface DbConfig {

    /**
     * Longest a statement may run, in seconds; then it is cancelled and the client gets TIMEOUT. Still read from its
     * earlier name, {@code envoys.query-timeout-seconds}, when only that is set.
     */
    @WithDefault("${envoys.query-timeout-seconds:5}")
    int queryTimeoutSeconds();
}
