package org.jiannuo.interfaces.account;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.shiro.SecurityUtils;
import org.jiannuo.application.AuthenticatedAccount;
import org.jiannuo.application.account.AccountIssuance;
import org.jiannuo.application.account.IssueScope;
import org.jiannuo.application.account.IssuedAccount;
import org.jiannuo.application.fulfilment.Mailer;
import org.jiannuo.application.tenancy.CurrentTenant;
import org.jiannuo.interfaces.i18n.Bundle;

/**
 * Runs account issuance in the background for the screen and the API alike: the candidates are settled at
 * once in the caller's request (so that a refusal answers it), then the accounts are made a batch per
 * transaction on a managed thread that acts as the caller, the login slips are printed to an owner-only
 * temporary file, and each person with an e-mail gets theirs by mail. One-time passwords live in memory and
 * in the slip file only; jobs and their files are dropped after {@link #KEPT}.
 */
@ApplicationScoped
public class AccountIssuing {

    static final Duration KEPT = Duration.ofHours(2);
    private static final Logger LOG = Logger.getLogger(AccountIssuing.class.getName());

    @Resource
    ManagedExecutorService executor;

    @EJB
    AccountIssuance issuance;

    @Inject
    Mailer mailer;

    @Inject
    LoginSlips slips;

    @Inject
    CurrentTenant currentTenant;

    private final Map<String, AccountIssueJob> jobs = new ConcurrentHashMap<>();

    /** Starts issuing; refusals (scope, unknown people) are thrown here, before anything runs. */
    public AccountIssueJob start(IssueScope target, Locale locale) {
        forgetOldJobs();
        AuthenticatedAccount caller = currentTenant.account().orElseThrow();
        List<Long> candidates = issuance.candidates(target);
        AccountIssueJob job = new AccountIssueJob(caller.accountId(), caller.tenantCode(), candidates.size());
        jobs.put(job.id(), job);
        executor.submit(SecurityUtils.getSubject().associateWith(() -> run(job, candidates, caller, locale)));
        return job;
    }

    /** The caller's own job; another's is not found. */
    public Optional<AccountIssueJob> job(String id) {
        AuthenticatedAccount caller = currentTenant.account().orElseThrow();
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.isOwnedBy(caller.accountId(), caller.tenantCode()));
    }

    /** The slips of a single reset password, straight to the response. */
    public void writeSlip(IssuedAccount reset, Locale locale, OutputStream out) {
        AuthenticatedAccount caller = currentTenant.account().orElseThrow();
        slips.write(List.of(reset), caller.tenantCode(), caller.tenantName(), locale, out);
    }

    private Void run(AccountIssueJob job, List<Long> candidates, AuthenticatedAccount caller, Locale locale) {
        try {
            List<IssuedAccount> issued = new ArrayList<>();
            for (int from = 0; from < candidates.size(); from += AccountIssuance.BATCH) {
                List<IssuedAccount> batch = issuance.issue(
                        candidates.subList(from, Math.min(candidates.size(), from + AccountIssuance.BATCH)));
                issued.addAll(batch);
                job.issued(batch.size());
            }
            job.enter(AccountIssueJob.Phase.PRINTING);
            Path file = issued.isEmpty() ? null : print(issued, caller, locale);
            job.enter(AccountIssueJob.Phase.MAILING);
            mail(job, issued, caller, locale);
            job.done(file);
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.WARNING, "Account issuance " + job.id() + " failed", e);
            job.failed(e.getClass().getSimpleName());
        }
        return null;
    }

    private Path print(List<IssuedAccount> issued, AuthenticatedAccount caller, Locale locale) throws IOException {
        Path file = Files.createTempFile("jiannuo-slips-", ".pdf",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (OutputStream out = Files.newOutputStream(file)) {
            slips.write(issued, caller.tenantCode(), caller.tenantName(), locale, out);
        }
        return file;
    }

    private void mail(AccountIssueJob job, List<IssuedAccount> issued, AuthenticatedAccount caller, Locale locale) {
        if (!mailer.isEnabled()) {
            return;
        }
        String url = slips.loginUrl(caller.tenantCode());
        for (IssuedAccount account : issued) {
            if (account.email() == null || account.email().isBlank()) {
                continue;
            }
            try {
                mailer.send(account.email(), Bundle.text(locale, "accounts.mail.subject", caller.tenantName()),
                        Bundle.text(locale, "accounts.mail.text", account.name(), caller.tenantName(),
                                caller.tenantCode(), account.username(), account.oneTimePassword(), url));
                job.countMailed();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not mail the account of person " + account.personId(), e);
            }
        }
    }

    private void forgetOldJobs() {
        Instant cutoff = Instant.now().minus(KEPT);
        jobs.values().removeIf(job -> {
            boolean old = job.startedAt().isBefore(cutoff) && job.phase().compareTo(AccountIssueJob.Phase.DONE) >= 0;
            if (old && job.slips() != null) {
                try {
                    Files.deleteIfExists(job.slips());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return old;
        });
    }
}
