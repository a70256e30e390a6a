package org.jiannuo.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The server's own time for each request, from Payara's access log, which the benchmark profile has the server write
 * with the request, its status and the time taken in milliseconds: {@code "GET /path?query HTTP/1.1" 200 "9"} (Payara
 * puts a space between the fields whatever the format separates them with). The clients' own figures add
 * their wait for a processor on the same machine; these are what the server spent, from the request's first byte
 * to the response's last.
 */
public final class ServerTimes {

    /** The folder the benchmark server writes its access log into (a system property of the benchmark profile). */
    private static final String LOG_FOLDER = "benchmark.access-log";
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Pattern LINE = Pattern.compile("\"([^\"]*)\" (\\d+) \"([\\d.]+)\"\\s*");

    private ServerTimes() {
    }

    /** Whether this run has an access log to read (the benchmark profile's server writes one). */
    public static boolean logged() {
        return System.getProperty(LOG_FOLDER) != null;
    }

    /**
     * The {@code count} requests whose request line contains {@code marker} (a query parameter that only the measured
     * requests carry, and the server ignores), in the order they ended; waits for the server to have written them all.
     */
    public static List<Request> marked(String marker, int count) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<Request> found = read(marker);
        while (found.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(200);
            found = read(marker);
        }
        if (found.size() != count) {
            throw new IllegalStateException("The access log holds " + found.size() + " requests marked " + marker
                    + ", not " + count);
        }
        return found;
    }

    private static List<Request> read(String marker) throws IOException {
        List<Request> requests = new ArrayList<>();
        for (Path file : files()) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher fields = LINE.matcher(line);
                if (fields.matches() && fields.group(1).contains(marker)) {
                    requests.add(new Request(fields.group(1), Integer.parseInt(fields.group(2)),
                            Double.parseDouble(fields.group(3))));
                }
            }
        }
        return requests;
    }

    /** The server rolls its log over by date: the files in the order they were written. */
    private static List<Path> files() throws IOException {
        Path folder = Path.of(System.getProperty(LOG_FOLDER));
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().contains("access_log"))
                    .sorted(Comparator.comparing(ServerTimes::modified)).toList();
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** One request's line ({@code GET /path?query HTTP/1.1}), its status and the server's milliseconds. */
    public record Request(String line, int status, double millis) {
    }
}
