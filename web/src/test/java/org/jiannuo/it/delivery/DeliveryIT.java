package org.jiannuo.it.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jiannuo.application.delivery.DeliveredFile;
import org.jiannuo.application.delivery.DeliveryRuns;
import org.jiannuo.application.delivery.Inbox;
import org.jiannuo.application.delivery.InboxItem;
import org.jiannuo.application.delivery.RunView;
import org.jiannuo.application.delivery.SubscriptionView;
import org.jiannuo.application.delivery.Subscriptions;
import org.jiannuo.application.organization.Posts;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.application.people.PersonDetails;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.delivery.Recipient;
import org.jiannuo.domain.model.delivery.ReportKind;
import org.jiannuo.domain.model.delivery.RunState;
import org.jiannuo.domain.model.organization.Appointment;
import org.jiannuo.domain.model.person.PersonProfile;
import org.jiannuo.infrastructure.startup.DemoTenantInstaller;
import org.jiannuo.interfaces.delivery.DeliveryJob;
import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.AtOnce;
import org.jiannuo.it.support.StandardUsersTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Report delivery through the schedule with a clock the test sets: each recipient gets their own subtree's document
 * once, by mail (GreenMail) and in the inbox, whatever the firings, the nodes and the stops; a recipient who lost
 * the post stops receiving. Each run has a tenant of its own.
 */
class DeliveryIT extends StandardUsersTestBase {

    private static final String TENANT = "it-deliver-" + Long.toString(Math.floorMod(System.nanoTime(), 1_000_000_000L), 36);
    private static final int YEAR = LocalDate.now().getYear();

    @Inject
    DeliveryJob job;

    @EJB
    Subscriptions subscriptions;

    @EJB
    DeliveryRuns runs;

    @EJB
    Inbox inbox;

    @EJB
    PeopleDirectory directory;

    @EJB
    Posts posts;

    @Resource
    ManagedExecutorService executor;

    private GreenMail smtp;

    @BeforeEach
    void setUp() throws Exception {
        signInStandardUsers(TENANT, 16);
        // The tests share the tenant: each fires its own subscription only.
        admin.call(() -> subscriptions.list()).stream().filter(SubscriptionView::active)
                .forEach(subscription -> admin.call(() -> subscriptions.pause(subscription.id(), subscription.version())));
        smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
    }

    @Test
    void aBatchStoppedInTheMiddleResumesAndEachRecipientGetsTheirOwnDocumentOnce() throws Exception {
        SubscriptionView ledgers = admin.call(() -> subscriptions.create(ReportKind.LEDGER, Role.BRANCH_SECRETARY, 3, 6));
        List<Recipient> recipients = withAddresses(admin.call(() -> subscriptions.recipients(ledgers.id())));
        assertTrue(recipients.size() >= 2, "the fixture has a secretary in each of its branches: " + recipients);
        LocalDateTime firing = LocalDateTime.of(YEAR + 1, 1, 3, 7, 0);

        String period = YEAR + "-12";
        job.openDue(TENANT, firing.minusHours(2));
        assertTrue(runsOf(ledgers, period).isEmpty(), "not due before the subscription's hour");
        job.openDue(TENANT, firing);
        RunView run = runsOf(ledgers, period).get(0);

        // The node stops after the first chunk of one recipient: the run stays running with its checkpoint.
        assertEquals(1, job.work(TENANT, run.id(), firing, 1, 1));
        RunView stopped = runsOf(ledgers, period).get(0);
        assertEquals(RunState.RUNNING, stopped.state());
        assertEquals(1, stopped.processed());
        assertEquals(0, job.fire(TENANT, firing.plusMinutes(1)), "a fresh heartbeat keeps other firings off the run");

        // Once the heartbeat is stale, the next firing (on any node) resumes after the checkpoint.
        assertEquals(recipients.size() - 1, job.fire(TENANT, firing.plusMinutes(20)));
        RunView completed = runsOf(ledgers, period).get(0);
        assertEquals(RunState.COMPLETED, completed.state());
        assertEquals(recipients.size(), completed.delivered());
        assertEachGotTheirOwnOnce(recipients, period);

        assertEquals(0, job.fire(TENANT, firing.plusHours(1)), "a second firing delivers nothing");
        assertEquals(0, job.work(TENANT, run.id(), firing.plusHours(2), Integer.MAX_VALUE), "nor does the run again");
        assertEachGotTheirOwnOnce(recipients, period);

        InboxItem own = branchSecretary.call(() -> inbox.mine(0, 50)).rows().stream()
                .filter(item -> item.period().equals(period)).findFirst().orElseThrow();
        assertTrue(own.title().contains(recipientOf(recipients, branchSecretary).unitName()), own.title());
        DeliveredFile file = branchSecretary.call(() -> inbox.open(own.id()));
        assertTrue(pdfText(file.content()).contains(recipientOf(recipients, branchSecretary).unitName()));
        assertThrows(RuntimeException.class, () -> member.call(() -> inbox.open(own.id())),
                "nobody opens another's delivery");
        assertEquals(0, member.call(() -> inbox.mine(0, 50)).total());
    }

    @Test
    void aBatchStoppedOnTheScreenWaitsForItsResume() throws Exception {
        SubscriptionView ledgers = admin.call(() -> subscriptions.create(ReportKind.LEDGER, Role.BRANCH_SECRETARY, 6, 0));
        List<Recipient> recipients = withAddresses(admin.call(() -> subscriptions.recipients(ledgers.id())));
        LocalDateTime firing = LocalDateTime.of(YEAR + 1, 1, 6, 0, 10);
        String period = YEAR + "-12";
        job.openDue(TENANT, firing);
        long runId = runsOf(ledgers, period).get(0).id();
        assertEquals(1, job.work(TENANT, runId, firing, 1, 1));

        assertEquals(RunState.STOPPED, admin.call(() -> runs.stop(runId, firing.plusMinutes(30))).state(),
                "a run whose node is gone stops at once");
        assertEquals(0, job.fire(TENANT, firing.plusHours(1)), "a stopped run is not taken up");
        assertEquals(RunState.RUNNING, admin.call(() -> runs.resume(runId)).state());
        assertEquals(recipients.size() - 1, job.fire(TENANT, firing.plusHours(2)));
        assertEquals(RunState.COMPLETED, runsOf(ledgers, period).get(0).state());
        assertEachGotTheirOwnOnce(recipients, period);
    }

    @Test
    void twoNodesFiringAtOnceDeliverEachDocumentOnce() throws Exception {
        SubscriptionView ledgers = admin.call(() -> subscriptions.create(ReportKind.LEDGER, Role.COMMITTEE_SECRETARY,
                4, 0));
        List<Recipient> recipients = withAddresses(admin.call(() -> subscriptions.recipients(ledgers.id())));
        assertFalse(recipients.isEmpty());
        LocalDateTime firing = LocalDateTime.of(YEAR + 1, 1, 4, 0, 10);
        List<Callable<String>> nodes = List.of(() -> String.valueOf(job.fire(TENANT, firing)),
                () -> String.valueOf(job.fire(TENANT, firing)));
        List<String> delivered = AtOnce.outcomes(executor, nodes);
        assertEquals(recipients.size(), delivered.stream().mapToInt(Integer::parseInt).sum(), delivered.toString());
        assertEquals(1, runsOf(ledgers, YEAR + "-12").size());
        assertEachGotTheirOwnOnce(recipients, YEAR + "-12");
    }

    @Test
    void aRecipientWhoLostThePostStopsReceiving() throws Exception {
        SubscriptionView ledgers = admin.call(() -> subscriptions.create(ReportKind.LEDGER, Role.BRANCH_SECRETARY, 5, 0));
        List<Recipient> before = withAddresses(admin.call(() -> subscriptions.recipients(ledgers.id())));
        Recipient leaving = recipientOf(before, branchSecretary);
        job.fire(TENANT, LocalDateTime.of(YEAR + 1, 1, 5, 1, 0));
        long received = mailsTo(leaving.email(), YEAR + "-12").size();

        assertEquals(1, received);

        admin.call(() -> {
            posts.stepDown(leaving.personId(), Appointment.SECRETARY, leaving.unitId());
            return null;
        });
        try {
            List<Recipient> after = admin.call(() -> subscriptions.recipients(ledgers.id()));
            assertTrue(after.stream().noneMatch(recipient -> recipient.personId() == leaving.personId()));
            assertEquals(after.size(), job.fire(TENANT, LocalDateTime.of(YEAR + 1, 2, 5, 1, 0)),
                    "the next month goes to the holders of the post now");
            assertEquals(0, mailsTo(leaving.email(), (YEAR + 1) + "-01").size(),
                    "nothing more to the one who left the post");
            assertEquals(1, runsOf(ledgers, (YEAR + 1) + "-01").size());
            after.forEach(holder -> assertEquals(1, mailsTo(holder.email(), (YEAR + 1) + "-01").size()));
        } finally {
            admin.call(() -> {
                posts.appoint(leaving.personId(), Appointment.SECRETARY, leaving.unitId());
                return null;
            });
        }
    }

    @Test
    void theEvaluationTablesOfEveryBranchOfTheDemoCountyForAMonthAsOneBatch() throws Exception {
        AsUser demoAdmin = AsUser.login(authentication, DemoTenantInstaller.TENANT_CODE, "admin",
                DemoTenantInstaller.PASSWORD);
        AsUser demoSecretary = AsUser.login(authentication, DemoTenantInstaller.TENANT_CODE, "zhibu",
                DemoTenantInstaller.PASSWORD);
        LocalDateTime firing = LocalDateTime.now().withDayOfMonth(28).withHour(23);
        String period = YearMonth.from(firing).minusMonths(1).toString();
        SubscriptionView tables = demoAdmin.call(() -> subscriptions.create(ReportKind.EVALUATION_TABLES,
                Role.BRANCH_SECRETARY, 28, 23));
        try {
            List<Recipient> recipients = demoAdmin.call(() -> subscriptions.recipients(tables.id()));
            job.openDue(DemoTenantInstaller.TENANT_CODE, firing);
            RunView run = demoAdmin.call(() -> runs.latest()).stream()
                    .filter(candidate -> candidate.subscriptionId() == tables.id()).findFirst().orElseThrow();
            assertEquals(period, run.period());
            int delivered = job.work(DemoTenantInstaller.TENANT_CODE, run.id(), firing, Integer.MAX_VALUE);
            assertTrue(delivered > recipients.size() / 2 && delivered <= recipients.size(),
                    "one table for each branch whose meeting of the month is published: " + delivered + " of "
                            + recipients.size());
            assertEquals(0, job.fire(DemoTenantInstaller.TENANT_CODE, firing.plusHours(1)));

            String branch = recipientOf(recipients, demoSecretary).unitName();
            InboxItem item = demoSecretary.call(() -> inbox.mine(0, 50)).rows().stream()
                    .filter(candidate -> candidate.report() == ReportKind.EVALUATION_TABLES
                            && candidate.period().equals(period)).findFirst().orElseThrow();
            String text = pdfText(demoSecretary.call(() -> inbox.open(item.id())).content());
            assertTrue(text.contains(branch), "the table of the secretary's own branch");
        } finally {
            demoAdmin.call(() -> subscriptions.pause(tables.id(), tables.version()));
        }
    }

    @Test
    void onlyTheDepartmentKeepsSubscriptions() {
        assertThrows(AccessDeniedException.class, () -> branchSecretary.call(() -> subscriptions.list()));
        assertThrows(AccessDeniedException.class, () -> leader.call(() -> runs.latest()));
    }

    /** Gives each recipient an address of their own, so that the mails tell them apart. */
    private List<Recipient> withAddresses(List<Recipient> recipients) {
        return recipients.stream().map(recipient -> {
            String address = "r" + recipient.personId() + "-" + TENANT + "@example.cn";
            PersonDetails details = admin.call(() -> directory.details(recipient.personId()));
            PersonProfile profile = details.profile();
            admin.call(() -> directory.revise(recipient.personId(), details.version(), new PersonProfile(profile.name(),
                    profile.phone(), address, profile.partyStatus(), profile.post(), profile.assignedPost(),
                    profile.leadingCadreLevel(), profile.retired(), profile.infirm(), profile.floating(),
                    profile.floatingLocation(), profile.villageCategory())));
            return new Recipient(recipient.personId(), recipient.name(), address, recipient.language(),
                    recipient.role(), recipient.unitId(), recipient.unitName());
        }).toList();
    }

    private void assertEachGotTheirOwnOnce(List<Recipient> recipients, String period) throws Exception {
        for (Recipient recipient : recipients) {
            List<MimeMessage> mails = mailsTo(recipient.email(), period);
            assertEquals(1, mails.size(), "one mail to " + recipient);
            MimeMessage mail = mails.get(0);
            assertTrue(mail.getSubject().contains(recipient.unitName()), mail.getSubject());
            BodyPart attachment = ((MimeMultipart) mail.getContent()).getBodyPart(1);
            String text = pdfText(attachment.getInputStream().readAllBytes());
            assertTrue(text.contains(recipient.unitName()), "the document of the recipient's own unit");
            recipients.stream().filter(other -> other.unitId() != recipient.unitId())
                    .forEach(other -> assertFalse(text.contains(other.unitName()), "no other unit's document"));
        }
    }

    private List<RunView> runsOf(SubscriptionView subscription, String period) {
        return admin.call(() -> runs.latest()).stream().filter(run -> run.subscriptionId() == subscription.id()
                && run.period().equals(period)).toList();
    }

    private static Recipient recipientOf(List<Recipient> recipients, AsUser user) {
        return recipients.stream().filter(recipient -> recipient.personId() == user.account().personId())
                .findFirst().orElseThrow();
    }

    /** The mails to the address of the period's documents (the server's own hourly firing may add others). */
    private List<MimeMessage> mailsTo(String address, String period) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return GreenMailUtil.getAddressList(message.getAllRecipients()).contains(address)
                        && message.getSubject().contains(period);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
