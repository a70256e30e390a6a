package org.jiannuo.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jiannuo.application.AccountAuthentication;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.application.ballot.IssuedCodes;
import org.jiannuo.application.ballot.NewOccasion;
import org.jiannuo.application.ballot.OccasionResults;
import org.jiannuo.application.ballot.OccasionView;
import org.jiannuo.application.ballot.Occasions;
import org.jiannuo.application.delivery.DeliveryRuns;
import org.jiannuo.application.delivery.RunView;
import org.jiannuo.application.delivery.SubscriptionView;
import org.jiannuo.application.delivery.Subscriptions;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.ballot.Eligibility;
import org.jiannuo.domain.model.ballot.Scale;
import org.jiannuo.domain.model.ballot.VotingMode;
import org.jiannuo.domain.model.delivery.Recipient;
import org.jiannuo.domain.model.delivery.ReportKind;
import org.jiannuo.domain.model.delivery.RunState;
import org.jiannuo.infrastructure.generator.CountyPlan;
import org.jiannuo.infrastructure.generator.CountyProvisioning;
import org.jiannuo.infrastructure.persistence.DatabaseVendor;
import org.jiannuo.interfaces.delivery.DeliveryJob;
import org.jiannuo.interfaces.i18n.Bundle;
import org.jiannuo.interfaces.i18n.LocaleSelection;
import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.Fixtures;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * PostgreSQL taken away while anonymous voters cast ballots with participation codes over HTTP and while a report
 * delivery batch runs; the fault itself is the subclass's (every connection cut, or the server restarted). A
 * voter whose request failed tries again, as the problem's Retry-After asks: a code found spent on the retry was
 * counted by the attempt that failed in its commit's answer. Meanwhile a phone page is read over and over. Then
 * the counts are checked and printed: every ballot acknowledged counted once, none twice, each voter's choices in
 * the tally; every failure a 503 problem, or a 503 page saying to try again, in the language asked; requests after
 * the fault served without a restart; the batch taken up again after its
 * checkpoint, each recipient's document delivered once. Nothing links a ballot to a code or a voter: the check
 * reads the closed occasion's public counts only.
 */
@ExtendWith(ArquillianExtension.class)
abstract class DatabaseFaultDrill {

    private static final List<String> SUBJECTS = List.of("支部班子", "党员队伍", "为民服务");
    /** How long a voter keeps trying: longer than PostgreSQL takes to restart. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @ArquillianResource
    URL deploymentUrl;

    @Inject
    DatabaseVendor vendor;

    @EJB
    CountyProvisioning provisioning;

    @EJB
    AccountAuthentication authentication;

    @EJB
    Occasions occasions;

    @EJB
    Subscriptions subscriptions;

    @EJB
    DeliveryRuns runs;

    @Inject
    DeliveryJob job;

    @Resource
    ManagedExecutorService executor;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** What the drill found, as printed. */
    record Counts(int codes, int acknowledged, int failures, int failedInChinese, int failedInEnglish,
            int spentOnRetry, int otherAnswers, int counted, int lost, int doubleCounted, int afterFault,
            long longestWaitMillis, int recipients, int delivered, int deliveryRows, int distinctRecipients,
            boolean batchInterrupted) {

        void print(String label, int clients, RunState batchState) {
            System.out.printf("FAULTS %s ballots: %d codes from %d clients; acknowledged %d (%d of them after the"
                            + " fault); failed %d times, every one a 503 problem (%d asked in Chinese, %d in English);"
                            + " longest from a voter's first failure to their ballot in %d ms; %d codes found spent"
                            + " on the retry (counted by the attempt that failed); other answers %d; counted %d;"
                            + " lost %d; counted twice %d%n", label, codes, clients, acknowledged, afterFault, failures,
                    failedInChinese, failedInEnglish, longestWaitMillis, spentOnRetry, otherAnswers, counted, lost,
                    doubleCounted);
            System.out.printf("FAULTS %s batch: %d recipients, interrupted %s, run %s, delivered %d, delivery rows %d"
                    + " for %d distinct recipients%n", label, recipients, batchInterrupted, batchState, delivered,
                    deliveryRows, distinctRecipients);
        }
    }

    /** The fault, from outside the application; returns what it did, for the printout. */
    interface Fault {
        String strike(Connection own) throws Exception;
    }

    /**
     * Casts {@code codes} ballots from {@code clients} threads while a batch of twenty documents runs; strikes
     * {@code strikes} times, once every {@code intervalMillis}, from when a quarter of the ballots is in; then
     * casts {@code codesAfter} more and checks everything.
     */
    Counts drill(String label, int codes, int clients, Fault fault, int strikes, long intervalMillis, int codesAfter)
            throws Exception {
        String tenant = "it-fault-" + Long.toString(Math.floorMod(System.nanoTime(), 1_000_000_000L), 36);
        provisioning.provision(tenant, "故障演练组织部 " + tenant, new CountyPlan("故障县", 2, 10, 3, 46L),
                Fixtures.PASSWORD);
        AsUser admin = AsUser.login(authentication, tenant, StandardLogin.ADMIN.username());
        AsUser secretary = AsUser.login(authentication, tenant, StandardLogin.BRANCH_SECRETARY.username());
        long unit = secretary.account().scopeUnitId();
        OccasionView occasion = secretary.call(() -> occasions.create(new NewOccasion(unit, "群众满意度测评",
                Scale.SATISFACTION, Eligibility.PARTICIPATION_CODES, VotingMode.ELECTRONIC, SUBJECTS)));
        List<String> issued = new ArrayList<>();
        for (int left = codes + codesAfter + 1; left > 0; left -= 500) {
            int count = Math.min(500, left);
            IssuedCodes batch = secretary.call(() -> occasions.issueCodes(occasion.id(), count));
            issued.addAll(batch.codes());
        }
        secretary.call(() -> occasions.open(occasion.id()));
        List<String> keys = secretary.call(() -> occasions.view(occasion.id())).subjects().stream()
                .map(line -> line.key()).toList();

        LocalDateTime firing = LocalDateTime.of(LocalDate.now().getYear() + 1, 1, 7, 2, 0);
        SubscriptionView ledgers = admin.call(() -> subscriptions.create(ReportKind.LEDGER, Role.BRANCH_SECRETARY,
                7, 2));
        List<Recipient> recipients = admin.call(() -> subscriptions.recipients(ledgers.id()));
        job.openDue(tenant, firing);
        long runId = run(admin, ledgers).id();

        Pages pages = new Pages(deploymentUrl.toURI().resolve("ballot.xhtml?t=" + tenant + "&o=" + occasion.id()
                + "&code=" + issued.get(codes + codesAfter)));
        pages.read();
        assertEquals(0, pages.unavailable.get() + pages.otherAnswers.get(), "the page is served before the fault");
        Ballots ballots = new Ballots(tenant, occasion.id(), keys);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> casting = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            casting.add(executor.submit(() -> {
                for (int i = next.getAndIncrement(); i < codes; i = next.getAndIncrement()) {
                    ballots.cast(issued.get(i), i);
                }
                return null;
            }));
        }
        // The phone page of a code nobody casts, read over and over until the fault is over and the voters are done.
        AtomicBoolean faultOver = new AtomicBoolean();
        Future<?> reading = executor.submit(() -> {
            while (!faultOver.get() || !casting.stream().allMatch(Future::isDone)) {
                pages.read();
            }
            return null;
        });
        // One chunk per recipient, so that the faults fall between and inside chunks.
        Future<Integer> batch = executor.submit(() -> job.work(tenant, runId, firing, Integer.MAX_VALUE, 1));

        List<String> struck = new ArrayList<>();
        try (Connection own = ownConnection()) {
            while (ballots.acknowledged.get() < codes / 4 && !casting.stream().allMatch(Future::isDone)) {
                Thread.sleep(20);
            }
            for (int s = 0; s < strikes; s++) {
                struck.add(fault.strike(own));
                Thread.sleep(intervalMillis);
            }
        } finally {
            faultOver.set(true);
        }
        for (Future<?> client : casting) {
            client.get();
        }
        reading.get();
        boolean batchInterrupted;
        try {
            batchInterrupted = batch.get() < recipients.size();
        } catch (ExecutionException e) {
            batchInterrupted = true;
        }

        // After the fault, without any restart: new ballots on the first attempt, and the batch taken up again by
        // later firings (once its heartbeat is stale) after its checkpoint.
        int failuresBefore = ballots.failures.get();
        for (int i = codes; i < codes + codesAfter; i++) {
            ballots.cast(issued.get(i), i);
        }
        assertEquals(failuresBefore, ballots.failures.get(), "requests after the fault succeed at once");
        for (int later = 1; later <= 10 && run(admin, ledgers).state() != RunState.COMPLETED; later++) {
            job.fire(tenant, firing.plusMinutes(20L * later));
        }
        RunView done = run(admin, ledgers);
        int[] rows = deliveryRows(tenant, ledgers.id(), done.period());

        secretary.call(() -> occasions.close(occasion.id()));
        OccasionResults results = secretary.call(() -> occasions.results(occasion.id()));
        int acknowledgedOrSpent = ballots.acknowledged.get() + ballots.spentOnRetry.get();
        int counted = results.electronicBallots();
        Counts found = new Counts(codes + codesAfter, ballots.acknowledged.get(), ballots.failures.get(),
                ballots.failedIn.getOrDefault("zh", 0), ballots.failedIn.getOrDefault("en", 0),
                ballots.spentOnRetry.get(), ballots.otherAnswers.get(), counted,
                Math.max(0, acknowledgedOrSpent - counted), Math.max(0, counted - acknowledgedOrSpent), codesAfter,
                ballots.longestWait.get() / 1_000_000, recipients.size(), done.delivered(), rows[0], rows[1],
                batchInterrupted);
        System.out.printf("FAULTS %s: %s%n", label, String.join("; ", struck));
        found.print(label, clients, done.state());
        System.out.printf("FAULTS %s pages: the code's phone page read %d times, %d of them answered 503 saying to"
                + " try again in the language asked, other answers %d%n", label, pages.read.get(),
                pages.unavailable.get(), pages.otherAnswers.get());

        assertEquals(0, found.otherAnswers(), "every failed request answered 503 with a problem in its language");
        assertEquals(0, pages.otherAnswers.get(), "every failed page answered 503 saying so in its language");
        assertEquals(codes + codesAfter, acknowledgedOrSpent, "every voter got their ballot in at last");
        assertEquals(acknowledgedOrSpent, counted, "every ballot acknowledged counted once, none twice");
        for (OccasionResults.SubjectCount subject : results.subjects()) {
            for (String option : Scale.SATISFACTION.options()) {
                assertEquals(ballots.expected.get(subject.key()).getOrDefault(option, 0),
                        subject.counts().getOrDefault(option, 0),
                        "the tally of " + subject.name() + " holds each ballot's choice of " + option);
            }
        }
        assertEquals(RunState.COMPLETED, done.state(), "the batch resumed and finished");
        assertEquals(recipients.size(), found.delivered(), "each recipient's document delivered");
        assertEquals(recipients.size(), found.deliveryRows(), "one delivery per recipient, none twice");
        assertEquals(recipients.size(), found.distinctRecipients(), "no recipient skipped by the fault");
        return found;
    }

    /** A connection of the test's own, outside the application's pool, as the application's role. */
    Connection ownConnection() throws SQLException {
        Config config = ConfigProvider.getConfig();
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(config.getValue("jiannuo.db.url", String.class));
        source.setUser(config.getValue("jiannuo.db.user", String.class));
        source.setPassword(config.getOptionalValue("jiannuo.db.password", String.class).orElse(""));
        return source.getConnection();
    }

    private RunView run(AsUser admin, SubscriptionView subscription) {
        return admin.call(() -> runs.latest()).stream()
                .filter(candidate -> candidate.subscriptionId() == subscription.id()).findFirst().orElseThrow();
    }

    /** The delivery rows of the run's subscription and period, and their distinct recipients, read directly. */
    private int[] deliveryRows(String tenant, long subscriptionId, String period) throws SQLException {
        try (Connection own = ownConnection(); Statement sql = own.createStatement()) {
            sql.execute("SELECT set_config('jiannuo.tenant', '" + tenant + "', false)");
            try (ResultSet row = sql.executeQuery("SELECT COUNT(*), COUNT(DISTINCT recipient_key) FROM delivery"
                    + " WHERE subscription_id = " + subscriptionId + " AND period = '" + period + "'")) {
                row.next();
                return new int[] {row.getInt(1), row.getInt(2)};
            }
        }
    }

    /** A screen read while the database goes away: served, or 503 saying to try again, in its language. */
    private final class Pages {

        private final URI address;
        final AtomicInteger read = new AtomicInteger();
        final AtomicInteger unavailable = new AtomicInteger();
        final AtomicInteger otherAnswers = new AtomicInteger();

        Pages(URI address) {
            this.address = address;
        }

        void read() throws Exception {
            boolean english = read.incrementAndGet() % 2 == 0;
            Locale locale = english ? LocaleSelection.ENGLISH : LocaleSelection.CHINESE;
            URI page = URI.create(address + "&lang=" + (english ? "en" : "zh"));
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(page).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() == 503 && answer.body().contains(Bundle.text(locale, "error.unavailable.text"))) {
                unavailable.incrementAndGet();
            } else if (answer.statusCode() != 200) {
                otherAnswers.incrementAndGet();
                System.out.println("FAULTS unexpected page " + answer.statusCode() + " " + answer.body());
            }
        }
    }

    /** The voters' side: each code cast once over HTTP, tried again after a failure, every answer sorted. */
    private final class Ballots {

        private final String tenant;
        private final long occasionId;
        private final List<String> keys;
        private final URI address;
        final AtomicInteger acknowledged = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        final AtomicInteger spentOnRetry = new AtomicInteger();
        final AtomicInteger otherAnswers = new AtomicInteger();
        final AtomicLong longestWait = new AtomicLong();
        final Map<String, Integer> failedIn = new ConcurrentHashMap<>();
        final Map<String, Map<String, Integer>> expected = new ConcurrentHashMap<>();

        Ballots(String tenant, long occasionId, List<String> keys) throws Exception {
            this.tenant = tenant;
            this.occasionId = occasionId;
            this.keys = keys;
            this.address = deploymentUrl.toURI().resolve("api/v1/public/ballot");
        }

        /** Casts the code's ballot (choices drawn from its index) until it is in; voters ask in turn zh and en. */
        void cast(String code, int index) throws Exception {
            Random random = new Random(index);
            Map<String, String> choices = new HashMap<>();
            keys.forEach(key -> choices.put(key, Scale.SATISFACTION.options().get(random.nextInt(3))));
            String language = index % 2 == 0 ? "zh" : "en";
            Locale locale = "en".equals(language) ? LocaleSelection.ENGLISH : LocaleSelection.CHINESE;
            String body = choices.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                    .collect(Collectors.joining(",", "{\"tenant\":\"" + tenant + "\",\"occasion\":" + occasionId
                            + ",\"code\":\"" + code + "\",\"choices\":{", "}}"));
            boolean failedBefore = false;
            long firstFailure = 0;
            long giveUp = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < giveUp) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(address)
                                .header("Content-Type", "application/json").header("Accept-Language", language)
                                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                boolean in = answer.statusCode() == 204;
                boolean spent = failedBefore && answer.statusCode() == 422 && answer.body().contains("spentOrUnknown");
                if (in || spent) {
                    (in ? acknowledged : spentOnRetry).incrementAndGet();
                    count(choices);
                    if (failedBefore) {
                        longestWait.accumulateAndGet(System.nanoTime() - firstFailure, Math::max);
                    }
                    return;
                }
                if (!isUnavailableProblem(answer, locale)) {
                    otherAnswers.incrementAndGet();
                    System.out.println("FAULTS unexpected answer " + answer.statusCode() + " " + answer.body());
                    return;
                }
                failures.incrementAndGet();
                failedIn.merge(language, 1, Integer::sum);
                if (!failedBefore) {
                    firstFailure = System.nanoTime();
                    failedBefore = true;
                }
                Thread.sleep(100);
            }
            throw new AssertionError("a ballot still refused after " + PATIENCE);
        }

        private void count(Map<String, String> choices) {
            choices.forEach((key, option) -> expected.computeIfAbsent(key, k -> new ConcurrentHashMap<>())
                    .merge(option, 1, Integer::sum));
        }

        private boolean isUnavailableProblem(HttpResponse<String> answer, Locale locale) {
            if (answer.statusCode() != 503 || !answer.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/problem+json")) {
                return false;
            }
            JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
            return problem.getInt("status") == 503
                    && problem.getString("detail").equals(Bundle.text(locale, "api.databaseUnavailable"));
        }
    }

    static void assertSomethingFailed(Counts counts) {
        assertTrue(counts.failures() > 0 || counts.batchInterrupted(),
                "the fault reached the application: some request or the batch failed");
    }
}
