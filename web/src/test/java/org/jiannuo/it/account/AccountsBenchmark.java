package org.jiannuo.it.account;

import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.BenchmarkStep;
import org.jiannuo.it.support.Fixtures;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jiannuo.application.AccountAuthentication;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.application.account.AccountIssuance;
import org.jiannuo.application.account.IssueScope;
import org.jiannuo.application.account.IssuedAccount;
import org.jiannuo.infrastructure.generator.CountyPlan;
import org.jiannuo.infrastructure.generator.CountyProvisioning;
import org.jiannuo.infrastructure.generator.ProvisionedCounty;
import org.jiannuo.interfaces.account.LoginSlips;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test: run with {@code mvn -Pbenchmark -pl web -am verify -Dit.test=AccountsBenchmark}.
 * Provisions the generated county (1,000 branches, about 30,000 people), issues every one of them an account
 * in batches as the screen's job does, prints the login slips of one branch and of 1,500 people, then times
 * {@code GET /api/v1/me} under 16 concurrent clients with a personal token and with basic authentication.
 * Prints figures; asserts nothing about time.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountsBenchmark {

    private static final String TENANT = "bench-accounts";
    private static final int CLIENTS = 16;
    private static final int TOKEN_CALLS = 200;
    private static final int BASIC_CALLS = 10;
    private static final List<IssuedAccount> ISSUED = new ArrayList<>();

    @EJB
    CountyProvisioning provisioning;

    @EJB
    AccountAuthentication authentication;

    @EJB
    AccountIssuance issuance;

    @Inject
    LoginSlips slips;

    @ArquillianResource
    URL deploymentUrl;

    @Test
    @Order(1)
    void issueAccountsToACountyAndPrintTheirSlips() throws Exception {
        if (!provisioning.exists(TENANT)) {
            ProvisionedCounty county = BenchmarkStep.measure("provision the county", () ->
                    provisioning.provision(TENANT, "账号基准测试县委组织部", CountyPlan.fullCounty(), Fixtures.PASSWORD));
            System.out.printf("BENCHMARK county: %d units, %d people%n", county.units(), county.people());
        }
        AsUser admin = AsUser.login(authentication, TENANT, StandardLogin.ADMIN.username());
        List<Long> candidates = BenchmarkStep.measure("settle who gets an account", () -> admin.call(() ->
                issuance.candidates(IssueScope.everyoneWithoutAccount())));
        BenchmarkStep.measure("issue " + candidates.size() + " accounts", () -> {
            for (int from = 0; from < candidates.size(); from += AccountIssuance.BATCH) {
                List<Long> batch = candidates.subList(from, Math.min(candidates.size(), from + AccountIssuance.BATCH));
                ISSUED.addAll(admin.call(() -> issuance.issue(batch)));
            }
            return null;
        });
        String branch = ISSUED.get(0).unitName();
        List<IssuedAccount> ofBranch = ISSUED.stream().filter(account -> account.unitName().equals(branch)).toList();
        printSlips(admin, "slips of one branch (" + ofBranch.size() + " people)", ofBranch);
        printSlips(admin, "slips of 1,500 people", ISSUED.subList(0, Math.min(1_500, ISSUED.size())));
        System.out.printf("BENCHMARK issued %d accounts%n", ISSUED.size());
    }

    @Test
    @Order(2)
    @RunAsClient
    void tokenAgainstBasicAuthenticationUnderSixteenClients() throws Exception {
        URI me = deploymentUrl.toURI().resolve("api/v1/me");
        String basic = "Basic " + Base64.getEncoder().encodeToString((StandardLogin.ADMIN.username() + "@" + TENANT + ":"
                + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(deploymentUrl.toURI().resolve("api/v1/me/tokens"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\",\"days\":1}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(created.body());
        if (!token.find()) {
            throw new IllegalStateException("No token: " + created.statusCode() + " " + created.body());
        }
        measure(http, me, "Bearer " + token.group(1), "token", TOKEN_CALLS);
        measure(http, me, basic, "basic", BASIC_CALLS);
    }

    private void printSlips(AsUser admin, String step, List<IssuedAccount> accounts) throws Exception {
        Path file = Files.createTempFile("bench-slips", ".pdf");
        try {
            BenchmarkStep.measure(step, () -> admin.call(() -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    slips.write(accounts, TENANT, "账号基准测试县委组织部", Locale.SIMPLIFIED_CHINESE, out);
                }
                return null;
            }));
            System.out.printf("BENCHMARK   %s: %d KB%n", step, Files.size(file) / 1024);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void measure(HttpClient http, URI me, String authorization, String kind, int callsPerClient)
            throws Exception {
        List<Callable<List<Long>>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(() -> {
                List<Long> took = new ArrayList<>();
                for (int i = 0; i < callsPerClient; i++) {
                    long started = System.nanoTime();
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(me)
                            .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
                    took.add(System.nanoTime() - started);
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException(kind + " call failed: " + answer.statusCode() + " " + answer.body());
                    }
                }
                return took;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Long> latencies = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (Future<List<Long>> result : pool.invokeAll(clients)) {
                latencies.addAll(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Collections.sort(latencies);
        System.out.printf("BENCHMARK GET /api/v1/me with %s, %d clients x %d calls: p50 %.1f ms, p95 %.1f ms, max %.1f ms,"
                        + " %.0f calls/s%n", kind, CLIENTS, callsPerClient, percentile(latencies, 50),
                percentile(latencies, 95), latencies.get(latencies.size() - 1) / 1e6, latencies.size() / seconds);
    }

    private static double percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
