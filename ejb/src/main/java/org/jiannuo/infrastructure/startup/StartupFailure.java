package org.jiannuo.infrastructure.startup;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Payara Micro keeps running when a deployment fails, which leaves a server that answers
 * with errors. Where {@code jiannuo.startup.halt-on-failure} is set (the run command and
 * the Micro container set it) a failed start-up ends the JVM with a non-zero exit instead.
 */
public final class StartupFailure {

    public static final int EXIT_CODE = 3;
    private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());

    private StartupFailure() {
    }

    /** Reports the failure loudly and returns the exception that fails the deployment. */
    public static IllegalStateException fail(String message, Throwable cause) {
        String banner = "\n==================== START-UP FAILED / 启动失败 ====================\n"
                + message + "\n" + rootMessage(cause)
                + "\n=====================================================================";
        LOG.log(Level.SEVERE, banner, cause);
        System.err.println(banner);
        System.err.flush();
        if (ConfigProvider.getConfig().getOptionalValue("jiannuo.startup.halt-on-failure", Boolean.class)
                .orElse(false)) {
            exitSoon();
        }
        return new IllegalStateException(message, cause);
    }

    private static String rootMessage(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "Cause: " + root;
    }

    /**
     * Exits from another thread: the deployment thread holds locks the server's shutdown
     * hooks wait for. If the orderly exit hangs, the watchdog halts the JVM.
     */
    private static void exitSoon() {
        Thread exit = new Thread(() -> {
            Thread watchdog = new Thread(() -> {
                sleep(15_000);
                Runtime.getRuntime().halt(EXIT_CODE);
            }, "startup-failure-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            sleep(500);
            System.exit(EXIT_CODE);
        }, "startup-failure-exit");
        exit.start();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
