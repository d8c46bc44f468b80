package io.envoys.db;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

import io.envoys.error.ApiException;
import io.envoys.error.ErrorCode;

/**
 * What a failed plain-SQL read means to a client: a statement stopped by its timeout is a TIMEOUT, a database that
 * cannot be reached (or a pool with no connection to lend in time) is UNAVAILABLE; anything else stays unexpected.
 */
final class DatabaseFailures {

    /** SQLSTATE of a statement cancelled by its timeout, in PostgreSQL and H2. */
    private static final String CANCELLED = "57014";
    /** SQLSTATE class of connection exceptions. */
    private static final String CONNECTION_CLASS = "08";

    private DatabaseFailures() {
    }

    static RuntimeException translate(SQLException failed) {
        String state = failed.getSQLState() == null ? "" : failed.getSQLState();
        if (failed instanceof SQLTimeoutException || state.equals(CANCELLED)) {
            return new ApiException(ErrorCode.TIMEOUT, "The request took too long and was stopped; nothing was"
                    + " changed. Ask for less (a smaller page, fewer nested lists)", failed);
        }
        // the pool reports that it could not lend a connection in time without an SQLSTATE
        if (failed instanceof SQLTransientConnectionException || state.startsWith(CONNECTION_CLASS)
                || state.isEmpty()) {
            return new ApiException(ErrorCode.UNAVAILABLE, "The database is busy or cannot be reached right now;"
                    + " nothing was changed. Try again shortly", failed);
        }
        return new IllegalStateException("A read failed", failed);
    }
}
