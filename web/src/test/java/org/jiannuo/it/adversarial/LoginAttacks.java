package org.jiannuo.it.adversarial;

import static org.jiannuo.it.adversarial.Attack.Outcome.gotThrough;
import static org.jiannuo.it.adversarial.Attack.Outcome.refused;
import static org.jiannuo.it.adversarial.Attack.Outcome.refusedIf;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.it.support.Fixtures;
import org.jiannuo.it.support.HttpSession;

/** Guessing passwords: floods, concurrent guesses, telling accounts apart by the refusal, published passwords (3, 4, 5, 10). */
final class LoginAttacks {

    /** Failed sign-ins in the flood: the suite allows one address 500 a minute, so each is refused by its password. */
    private static final int FLOOD = 50;
    /** Wrong passwords after which an account waits (jiannuo.security.max-failed-logins). */
    private static final int MAX_FAILED = 5;
    private static final int CONCURRENT_GUESSES = 4;

    private final Target target;

    LoginAttacks(Target target) {
        this.target = target;
    }

    List<Attack> attacks() {
        return List.of(
                new Attack(3, "a flood of 50 concurrent wrong basic logins takes the node down or locks a real user out",
                        this::flood),
                new Attack(4, "wrong passwords sent at once are not all counted, so more guesses get through",
                        this::concurrentGuesses),
                new Attack(5, "the refusal tells an unknown tenant, an unknown user, a disabled or waiting account apart",
                        this::tellAccountsApart),
                new Attack(10, "the demo's published password signs in to a tenant that is not the demo",
                        this::publishedPasswordElsewhere),
                new Attack(10, "the ballot key file is readable by other users of the machine", this::ballotKeyReadable));
    }

    private Attack.Outcome flood() throws Exception {
        HttpSession http = target.client();
        ExecutorService pool = Executors.newFixedThreadPool(FLOOD);
        CountDownLatch start = new CountDownLatch(1);
        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        long started = System.nanoTime();
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < FLOOD; i++) {
                String user = "nobody-" + i + "@" + Target.DEMO;
                answers.add(pool.submit(() -> {
                    start.await();
                    return http.api("GET", "api/v1/me", user, "wrong-password", null, null).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                statuses.merge(answer.get(), 1, Integer::sum);
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int realUser = http.api("GET", "api/v1/me", Target.BRANCH_SECRETARY, Target.DEMO_PASSWORD, null, null).statusCode();
        String evidence = String.format("answers %s in %.1f s; a real user then: %d", statuses, seconds, realUser);
        boolean onlyRefusals = statuses.keySet().stream().allMatch(status -> status == 401 || status == 429);
        return refusedIf(onlyRefusals && seconds < 60 && realUser == 200, evidence);
    }

    /**
     * Four wrong passwords at once, then as many more as make five counted: the account must then wait, so that
     * even its right password is refused. A guess answered 429 (no hashing permit free) was never checked and is
     * not counted.
     */
    private Attack.Outcome concurrentGuesses() throws Exception {
        String tenant = "it-adv-guesses";
        target.openTenant(tenant);
        String user = Target.TENANT_ADMIN + "@" + tenant;
        HttpSession http = target.client();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_GUESSES);
        CountDownLatch start = new CountDownLatch(1);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < CONCURRENT_GUESSES; i++) {
                String guess = "wrong-guess-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return http.api("GET", "api/v1/me", user, guess, null, null).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long counted = statuses.stream().filter(status -> status == 401).count();
        for (long i = counted; i < MAX_FAILED; i++) {
            statuses.add(http.api("GET", "api/v1/me", user, "wrong-guess-late-" + i, null, null).statusCode());
        }
        int right = http.api("GET", "api/v1/me", user, Fixtures.PASSWORD, null, null).statusCode();
        return refusedIf(right != 200, "guesses answered " + statuses + "; the right password then: " + right
                + (right == 200 ? " (a guess went uncounted)" : " (the account waits)"));
    }

    private Attack.Outcome tellAccountsApart() throws Exception {
        String tenant = "it-adv-refusals";
        target.openTenant(tenant);
        HttpSession http = target.client();
        for (int i = 0; i < MAX_FAILED; i++) {
            http.api("GET", "api/v1/me", Target.TENANT_ADMIN + "@" + tenant, "wrong-" + i, null, null);
        }
        String head = StandardLogin.ADMINISTRATIVE_HEAD.username();
        JsonObject headRow = Target.json(http.api("GET", "api/v1/accounts?q=" + head, Target.ADMIN, Target.DEMO_PASSWORD,
                null, null)).getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> head.equals(row.getString("username", null))).findFirst().orElseThrow();
        long headAccount = headRow.getJsonNumber("accountId").longValue();
        http.api("POST", "api/v1/accounts/" + headAccount + "/disable", Target.ADMIN, Target.DEMO_PASSWORD, "{}", null);
        Map<String, String> refusals = new LinkedHashMap<>();
        try {
            refusals.put("wrong password", refusal(Target.DEMO, StandardLogin.BRANCH_SECRETARY.username(), "not-the-password"));
            refusals.put("unknown tenant", refusal("no-such-county", "admin", Target.DEMO_PASSWORD));
            refusals.put("unknown user", refusal(Target.DEMO, "no-such-user", Target.DEMO_PASSWORD));
            refusals.put("disabled account", refusal(Target.DEMO, head, Target.DEMO_PASSWORD));
            refusals.put("waiting account", refusal(tenant, Target.TENANT_ADMIN, Fixtures.PASSWORD));
        } finally {
            http.api("POST", "api/v1/accounts/" + headAccount + "/enable", Target.ADMIN, Target.DEMO_PASSWORD, "{}", null);
        }
        String first = refusals.get("wrong password");
        boolean alike = first != null && refusals.values().stream().allMatch(first::equals);
        return refusedIf(alike, alike ? "every refusal reads " + first.replaceAll("<[^>]+>", "").strip()
                : "refusals differ: " + refusals);
    }

    private String refusal(String tenant, String username, String password) throws Exception {
        return Target.loginError(target.client().login(tenant, username, password).body());
    }

    private Attack.Outcome publishedPasswordElsewhere() throws Exception {
        String tenant = "it-adv-published";
        target.openTenant(tenant);
        HttpSession http = target.client();
        List<String> usernames = new ArrayList<>(List.of(Target.TENANT_ADMIN, "root"));
        for (StandardLogin login : StandardLogin.values()) {
            usernames.add(login.username());
        }
        List<String> accepted = new ArrayList<>();
        for (String username : usernames) {
            HttpResponse<String> answer = http.api("GET", "api/v1/me", username + "@" + tenant, Target.DEMO_PASSWORD,
                    null, null);
            if (answer.statusCode() == 200) {
                accepted.add(username);
            }
        }
        return accepted.isEmpty() ? refused(usernames.size() + " usernames with Demo@2026 on " + tenant + ": all refused")
                : gotThrough("signed in as " + accepted);
    }

    /** The suite's server keeps its ballot key in the file the build names (see web/pom.xml); it runs as this user. */
    private Attack.Outcome ballotKeyReadable() throws Exception {
        Path file = Path.of(System.getProperty("it.ballot-secret-file", ""));
        if (!Files.isRegularFile(file)) {
            return gotThrough("no ballot key file at " + file + " to check");
        }
        Set<PosixFilePermission> granted = Files.getPosixFilePermissions(file);
        boolean ownerOnly = Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE).containsAll(granted);
        return refusedIf(ownerOnly, file.getFileName() + " is " + PosixFilePermissions.toString(granted));
    }
}
