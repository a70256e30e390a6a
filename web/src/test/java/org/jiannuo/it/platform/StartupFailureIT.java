package org.jiannuo.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        Process micro = startMicro(output, "-Djiannuo.db.url=" + url, "-Djiannuo.db.user=" + user,
                "-Djiannuo.db.datasource-class=org.postgresql.ds.PGSimpleDataSource");
        try {
            String log = haltedLog(micro, output, problem);
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
        Process micro = startMicro(output,
                "-Djiannuo.db.url=jdbc:h2:file:" + data.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "-Djiannuo.ballot.secret-file=" + data.resolve("ballot-secret"),
                "-Djiannuo.platform.root-password=" + DemoTenantInstaller.PASSWORD);
        micro.getOutputStream().close();
        try {
            String log = haltedLog(micro, output, "a production start with the demo password");
            assertTrue(log.contains("jiannuo.platform.root-password is a password published with Jiannuo"), log);
            assertFalse(log.contains("at schema version"), "refused before the database was migrated: " + log);
        } finally {
            micro.destroyForcibly();
        }
    }

    /** The real WAR on a Micro process of its own, started as the README says, halting if its start-up fails. */
    private static Process startMicro(Path output, String... properties) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m"));
        command.addAll(List.of(properties));
        command.addAll(List.of("-Djiannuo.startup.halt-on-failure=true",
                "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("it.war"),
                "--contextRoot", "/", "--port", String.valueOf(freePort()),
                "--nocluster", "--disablePhoneHome"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    /** The log of a start-up that stopped by itself, with the exit code and the banner of a failed start-up. */
    private static String haltedLog(Process micro, Path output, String what) throws Exception {
        assertTrue(micro.waitFor(180, TimeUnit.SECONDS), what + ": Payara Micro should have stopped by itself");
        String log = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(3, micro.exitValue(), log);
        assertTrue(log.contains("START-UP FAILED / 启动失败"), log);
        return log;
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
