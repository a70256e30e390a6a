package org.jiannuo.infrastructure.persistence;

import jakarta.resource.ResourceException;
import jakarta.transaction.SystemException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * Whether a failure is the database being away (its connections cut, the server restarting or down) rather than
 * anything about the request: its transaction rolled back, and the same request later will do. The pool replaces
 * the dead connections by itself (see {@link DatabaseMigration}), but the requests that meet a dead connection
 * first fail in three ways: a statement's SQL state, the pool refusing the connection (a connector
 * {@link ResourceException}, no SQL state in the chain), or the commit (the transaction manager's
 * {@link SystemException} over an {@link XAException}).
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** True when some cause of {@code failure} is a lost or refused database connection. */
    public static boolean causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isOutage(sql) || cause instanceof ResourceException
                    || cause instanceof XAException || cause instanceof SystemException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutage(SQLException sql) {
        if (sql instanceof SQLTransientConnectionException || sql instanceof SQLNonTransientConnectionException) {
            return true;
        }
        String state = sql.getSQLState();
        // 08: connection exception (refused, broken, failed); 57P01-57P03: PostgreSQL shutting down, crashed,
        // or not yet accepting connections; 57P01 is also what pg_terminate_backend sends.
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
