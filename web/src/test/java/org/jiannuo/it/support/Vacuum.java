package org.jiannuo.it.support;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Marks freshly written rows all-visible, as autovacuum does within a minute or so of a bulk load: until then an
 * index-only scan still reads every row it passes, and autovacuum competes with what a benchmark measures for
 * the CPU. A benchmark measures a county's tables as they are read day to day, after that. Nothing on H2.
 */
public final class Vacuum {

    private Vacuum() {
    }

    public static void onPostgresql(DataSource dataSource, String... tables) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                connection.setAutoCommit(true); // VACUUM runs outside any transaction
                for (String table : tables) {
                    BenchmarkStep.measure("VACUUM ANALYZE " + table, () -> sql.execute("VACUUM ANALYZE " + table));
                }
            }
        }
    }
}
