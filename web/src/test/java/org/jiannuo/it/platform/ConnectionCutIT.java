package org.jiannuo.it.platform;

import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every connection of the application to PostgreSQL cut ({@code pg_terminate_backend}, from a connection of the
 * test's own) three times while voters cast ballots and a delivery batch runs: see {@link DatabaseFaultDrill}.
 * PostgreSQL only: the embedded H2 has no connections to cut.
 */
class ConnectionCutIT extends DatabaseFaultDrill {

    @Test
    void votersAndTheBatchLiveThroughCutConnections() throws Exception {
        Assumptions.assumeTrue(vendor.isPostgresql(), "connections are cut on PostgreSQL; this run is on H2");
        Counts counts = drill("connection cut", 300, 16, own -> {
            try (Statement sql = own.createStatement(); ResultSet cut = sql.executeQuery(
                    "SELECT COUNT(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
                            + " WHERE datname = current_database() AND usename = current_user"
                            + " AND pid <> pg_backend_pid()")) {
                cut.next();
                return cut.getInt(1) + " connections cut";
            }
        }, 3, 400, 20);
        assertSomethingFailed(counts);
    }
}
