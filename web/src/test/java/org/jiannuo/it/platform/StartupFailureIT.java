package org.jiannuo.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jiannuo.infrastructure.startup.DemoTenantInstaller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bad database configuration must stop Payara Micro with a clear message and a non-zero
 * exit, not leave a half-started server. Runs the real WAR on its own Micro process, exactly
 * as the README's run command and the Micro container start it.
 */
class StartupFailureIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "unreachable server, jdbc:postgresql://127.0.0.1:1/test, postgres",
        "login refused,      jdbc:postgresql://127.0.0.1:5432/test, no_such_role_jiannuo"
    })
    void badDatabaseSettingsEndStartUpWithAClearMessageAndExitCode(String problem, String url, String user)
            throws Exception {
        Path output = Files.createTempFile("jiannuo-startup-failure", ".log");
        Process micro = new ProcessBuilder(List.of(
                javaExecutable(), "-Xmx512m",
                "-Djiannuo.db.url=" + url,
                "-Djiannuo.db.user=" + user,
                "-Djiannuo.db.datasource-class=org.postgresql.ds.PGSimpleDataSource",
                "-Djiannuo.startup.halt-on-failure=true",
                "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("it.war"),
                "--contextRoot", "/", "--port", String.valueOf(freePort()),
                "--nocluster", "--disablePhoneHome"))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            assertTrue(micro.waitFor(180, TimeUnit.SECONDS), problem + ": Payara Micro should have stopped by itself");
            String log = Files.readString(output, StandardCharsets.UTF_8);
            assertEquals(3, micro.exitValue(), log);
            assertTrue(log.contains("START-UP FAILED / 启动失败"), log);
            assertTrue(log.contains("Cannot connect to the database. Check jiannuo.db.url"), log);
        } finally {
            micro.destroyForcibly();
        }
    }

    /** A production start (no demo) with the demo's published password for root stops before the database is migrated. */
    @Test
    void aProductionStartWithThePublishedDemoPasswordForRootIsRefused() throws Exception {
        Path data = Files.createTempDirectory("jiannuo-production-start");
        Path output = data.resolve("micro.log");
        Process micro = new ProcessBuilder(List.of(
                javaExecutable(), "-Xmx512m",
                "-Djiannuo.db.url=jdbc:h2:file:" + data.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "-Djiannuo.ballot.secret-file=" + data.resolve("ballot-secret"),
                "-Djiannuo.platform.root-password=" + DemoTenantInstaller.PASSWORD,
                "-Djiannuo.startup.halt-on-failure=true",
                "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("it.war"),
                "--contextRoot", "/", "--port", String.valueOf(freePort()),
                "--nocluster", "--disablePhoneHome"))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        micro.getOutputStream().close();
        try {
            assertTrue(micro.waitFor(180, TimeUnit.SECONDS), "Payara Micro should have stopped by itself");
            String log = Files.readString(output, StandardCharsets.UTF_8);
            assertEquals(3, micro.exitValue(), log);
            assertTrue(log.contains("START-UP FAILED / 启动失败"), log);
            assertTrue(log.contains("jiannuo.platform.root-password is a password published with Jiannuo"), log);
            assertFalse(log.contains("at schema version"), "refused before the database was migrated: " + log);
        } finally {
            micro.destroyForcibly();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
