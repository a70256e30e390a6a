package org.jiannuo.it.support;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
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
        run(dataSource, Stream.of(tables).map(table -> "VACUUM ANALYZE " + table).toList());
    }

    /**
     * Every table of the database, as autovacuum would have done by the time a county reads what a benchmark set
     * up: a machine whose PostgreSQL runs without autovacuum (as CI's does) otherwise plans on the statistics of
     * empty tables, and a lookup by a unique key can become a scan of the whole tenant.
     */
    public static void everythingOnPostgresql(DataSource dataSource) throws Exception {
        run(dataSource, List.of("VACUUM ANALYZE"));
    }

    private static void run(DataSource dataSource, List<String> statements) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                connection.setAutoCommit(true); // VACUUM runs outside any transaction
                for (String statement : statements) {
                    BenchmarkStep.measure(statement, () -> sql.execute(statement));
                }
            }
        }
    }
}
