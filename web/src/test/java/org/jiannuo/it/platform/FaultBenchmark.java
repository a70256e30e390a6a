package org.jiannuo.it.platform;

import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: run with {@code mvn -Pbenchmark -Ppostgresql -pl web -am verify -Dit.test=FaultBenchmark}
 * on a machine whose PostgreSQL the server's user may restart ({@code pg_ctlcluster}, Debian's, as root).
 * PostgreSQL restarted once while 1,000 voters cast ballots from 32 clients and a delivery batch runs: see
 * {@link DatabaseFaultDrill}; prints the counts and the restart's time.
 */
class FaultBenchmark extends DatabaseFaultDrill {

    @Test
    void votersAndTheBatchLiveThroughARestartOfPostgresql() throws Exception {
        Assumptions.assumeTrue(vendor.isPostgresql(), "PostgreSQL is restarted; this run is on H2");
        drill("restart", 1_000, 32, own -> {
            String major;
            try (Statement sql = own.createStatement();
                    ResultSet version = sql.executeQuery("SELECT current_setting('server_version_num')")) {
                version.next();
                major = String.valueOf(Integer.parseInt(version.getString(1)) / 10000);
            }
            long started = System.nanoTime();
            try {
                run("pg_ctlcluster", major, "main", "restart");
            } finally {
                // Never leave the cluster down, whatever the restart did.
                run("pg_ctlcluster", major, "main", "start");
            }
            return String.format("PostgreSQL %s restarted with pg_ctlcluster in %.1f s", major,
                    (System.nanoTime() - started) / 1e9);
        }, 1, 0, 50);
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        // "start" on a running cluster exits 2 ("Cluster is already running"): nothing to do then.
        if (exit != 0 && !output.contains("already running")) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + exit + "): " + output);
        }
    }
}
