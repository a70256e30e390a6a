package org.jiannuo.it.fulfilment;

import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.Fixtures;
import org.jiannuo.it.support.StandardUsersTestBase;

import static org.jiannuo.domain.model.commitment.CommitmentOwner.person;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.application.commitment.CommitmentBook;
import org.jiannuo.application.commitment.CommitmentNotFoundException;
import org.jiannuo.application.commitment.CommitmentReview;
import org.jiannuo.application.commitment.CommitmentView;
import org.jiannuo.application.commitment.YearRules;
import org.jiannuo.application.fulfilment.CompletionRates;
import org.jiannuo.application.fulfilment.DailySweep;
import org.jiannuo.application.fulfilment.DueItem;
import org.jiannuo.application.fulfilment.FulfilmentDossier;
import org.jiannuo.application.fulfilment.FulfilmentLedger;
import org.jiannuo.application.fulfilment.FulfilmentOversight;
import org.jiannuo.application.fulfilment.FulfilmentRecords;
import org.jiannuo.application.fulfilment.LedgerFilter;
import org.jiannuo.application.fulfilment.LedgerFilter.LedgerSort;
import org.jiannuo.application.fulfilment.LedgerLine;
import org.jiannuo.application.fulfilment.Reminders;
import org.jiannuo.application.fulfilment.SweepResult;
import org.jiannuo.application.fulfilment.UnitCompletion;
import org.jiannuo.application.fulfilment.WhatIsDue;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.application.organization.UnitNode;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.application.people.PersonDetails;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.domain.model.commitment.CategorySet;
import org.jiannuo.domain.model.commitment.CommitmentDraft;
import org.jiannuo.domain.model.commitment.CommitmentKind;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.commitment.ReviewOutcome;
import org.jiannuo.domain.model.commitment.RulesSettings;
import org.jiannuo.domain.model.fulfilment.CloseOutOutcome;
import org.jiannuo.domain.model.fulfilment.Deadlines;
import org.jiannuo.domain.model.fulfilment.QuarterAssessment;
import org.jiannuo.domain.model.fulfilment.QuarterlyCheck;
import org.jiannuo.domain.model.fulfilment.RectificationStatus;
import org.jiannuo.domain.model.fulfilment.ReminderKind;
import org.jiannuo.domain.model.fulfilment.Upload;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.PersonProfile;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.interfaces.report.LedgerReport;
import org.jiannuo.reports.ReportFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fulfilment through the services: monthly records with evidence, quarterly checks, close-out
 * and rectification by role, the daily sweep with its reminders and mail, the ledger and the
 * completion rates. Each run has a tenant of its own.
 */
class FulfilmentIT extends StandardUsersTestBase {

    private static final String TENANT = "it-fulfil-" + Long.toString(Math.floorMod(System.nanoTime(), 1_000_000_000L), 36);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();

    @EJB
    CommitmentBook book;

    @EJB
    CommitmentReview review;

    @EJB
    YearRules yearRules;

    @EJB
    FulfilmentRecords records;

    @EJB
    FulfilmentOversight oversight;

    @EJB
    DailySweep sweep;

    @EJB
    Reminders reminders;

    @EJB
    WhatIsDue whatIsDue;

    @EJB
    FulfilmentLedger ledger;

    @EJB
    CompletionRates completionRates;

    @EJB
    PeopleDirectory directory;

    @EJB
    OrganizationTree tree;

    @Inject
    LedgerReport ledgerReport;

    /** The deployment's record day and deadline warning. */
    @Inject
    Deadlines deadlines;

    private final LocalDate today = LocalDate.now();
    private final int year = today.getYear();
    private final LocalDate yearEnd = LocalDate.of(year, 12, 31);

    @BeforeEach
    void users() throws Exception {
        signInStandardUsers(TENANT, 31);
        admin.call(() -> yearRules.change(year, new RulesSettings(CategorySet.STUDY_WORK_DISCIPLINE_SERVICE.categories(),
                1, 20, 1, 20, yearEnd, false)));
    }

    @Test
    void theOwnerRecordsEachMonthWithCheckedEvidence() {
        CommitmentView item = publishedItem(member, "每月走访联系户两户并记录诉求");
        YearMonth thisMonth = YearMonth.from(today);

        FulfilmentDossier dossier = member.call(() -> records.record(item.id(), thisMonth, "走访了张家和李家，记录诉求三条",
                30, List.of(new Upload("走访照片.png", PNG), new Upload("诉求清单.pdf", PDF))));
        assertEquals(1, dossier.records().size());
        assertEquals(30, dossier.commitment().progress());
        assertEquals(2, dossier.records().get(0).files().size());
        long photoId = dossier.records().get(0).files().stream().filter(file -> file.fileName().endsWith(".png"))
                .findFirst().orElseThrow().id();
        assertArrayEquals(PNG, branchSecretary.call(() -> records.evidence(photoId)).content(),
                "the reviewer reads the file as it was uploaded");
        assertEquals("image/png", member.call(() -> records.evidence(photoId)).mediaType());

        assertEquals("fulfilment.monthRecorded", refused(() -> member.call(() -> records.record(item.id(), thisMonth,
                "同一个月再记一次应当被拒绝", 40, List.of()))));
        assertEquals("fulfilment.monthInFuture", refused(() -> member.call(() -> records.record(item.id(),
                thisMonth.plusMonths(1), "下个月还没到不能记实", 40, List.of()))));
        assertEquals("fulfilment.noteTooShort", refused(() -> member.call(() -> records.record(item.id(),
                thisMonth.minusMonths(1), "太短", 10, List.of()))));
        assertEquals("fulfilment.progressAboveLater", refused(() -> member.call(() -> records.record(item.id(),
                thisMonth.minusMonths(1), "补记上个月的走访情况", 50, List.of()))));
        assertEquals("evidence.typeNotAccepted", refused(() -> member.call(() -> records.record(item.id(),
                thisMonth.minusMonths(1), "补记上个月的走访情况", 20, List.of(new Upload("照片.png", PDF))))),
                "a PDF named .png is not a photo");
        assertEquals("evidence.typeNotAccepted", refused(() -> member.call(() -> records.record(item.id(),
                thisMonth.minusMonths(1), "补记上个月的走访情况", 20, List.of(new Upload("setup.exe", PNG))))));
        byte[] tooLarge = Arrays.copyOf(PNG, 5 * 1024 * 1024 + 1);
        assertEquals("evidence.tooLarge", refused(() -> member.call(() -> records.record(item.id(),
                thisMonth.minusMonths(1), "补记上个月的走访情况", 20, List.of(new Upload("大照片.png", tooLarge))))));
        assertEquals(1, member.call(() -> records.dossier(item.id())).records().size(), "refusals stored nothing");

        var latest = dossier.records().get(0);
        FulfilmentDossier corrected = member.call(() -> records.correct(latest.id(), latest.version(),
                "走访了张家、李家和王家，记录诉求五条", 45, List.of()));
        assertEquals(45, corrected.commitment().progress());
        assertEquals(2, corrected.records().get(0).files().size(), "files of the record stay");
        assertEquals("fulfilment.progressRange", refused(() -> member.call(() -> records.correct(latest.id(),
                corrected.records().get(0).version(), "走访情况再修改一次", 101, List.of()))));

        assertNotNull(leader.call(() -> records.dossier(item.id())), "a leader reads the file");
        assertThrows(AccessDeniedException.class, () -> leader.call(() -> records.record(item.id(),
                thisMonth.minusMonths(1), "领导不能替党员记实", 10, List.of())));
        AsUser stranger = otherTenantAdmin();
        assertThrows(CommitmentNotFoundException.class, () -> stranger.call(() -> records.dossier(item.id())));
        assertThrows(RuleViolation.class, () -> stranger.call(() -> records.evidence(photoId)));
    }

    @Test
    void theReviewerChecksClosesOutAndRectifies() {
        CommitmentView item = publishedItem(member, "年内帮助三名困难群众申请低保");
        int quarter = QuarterlyCheck.quarterOf(today);

        assertEquals("quarterlyCheck.noteRequired", refused(() -> branchSecretary.call(() ->
                oversight.checkQuarter(item.id(), year, quarter, QuarterAssessment.AT_RISK, " "))));
        branchSecretary.call(() -> oversight.checkQuarter(item.id(), year, quarter, QuarterAssessment.AT_RISK,
                "只帮助了一名，进度滞后"));
        FulfilmentDossier rechecked = branchSecretary.call(() -> oversight.checkQuarter(item.id(), year, quarter,
                QuarterAssessment.BEHIND, "又联系了一名，仍需加快"));
        assertEquals(1, rechecked.checks().size(), "a quarter has one check, revised");
        assertEquals(QuarterAssessment.BEHIND, rechecked.checks().get(0).assessment());
        assertEquals("quarterlyCheck.quarterNotBegun", refused(() -> branchSecretary.call(() ->
                oversight.checkQuarter(item.id(), year + 1, 1, QuarterAssessment.ON_SCHEDULE, null))));
        assertThrows(AccessDeniedException.class, () -> member.call(() -> oversight.checkQuarter(item.id(), year,
                quarter, QuarterAssessment.ON_SCHEDULE, null)), "nobody checks their own item");

        FulfilmentDossier ordered = branchSecretary.call(() -> oversight.orderRectification(item.id(),
                "进度滞后，请在期限内补齐材料", today.plusDays(10)));
        var rectification = ordered.rectifications().get(0);
        assertEquals(RectificationStatus.OPEN, rectification.status());
        assertEquals("rectification.deadlineNotAhead", refused(() -> branchSecretary.call(() ->
                oversight.orderRectification(item.id(), "期限不能是今天", today))));

        FulfilmentDossier reported = member.call(() -> records.reportCompletion(item.id(),
                records.dossier(item.id()).commitment().version(), "三名群众均已办理低保，附审批表",
                List.of(new Upload("审批表.pdf", PDF))));
        assertEquals(CommitmentStatus.COMPLETION_REPORTED, reported.commitment().status());
        long reportedVersion = reported.commitment().version();
        assertEquals("closeOut.rectificationOpen", refused(() -> branchSecretary.call(() ->
                oversight.verifyCompletion(item.id(), reportedVersion, CloseOutOutcome.CLOSED, null))));
        assertThrows(AccessDeniedException.class, () -> member.call(() ->
                oversight.verifyCompletion(item.id(), reportedVersion, CloseOutOutcome.CLOSED, null)));

        member.call(() -> records.reportRectification(rectification.id(), rectification.version(),
                "已补齐三户的申请材料并报镇民政办"));
        var reportedRectification = member.call(() -> records.dossier(item.id())).rectifications().get(0);
        assertEquals(RectificationStatus.REPORTED, reportedRectification.status());
        branchSecretary.call(() -> oversight.decideRectification(reportedRectification.id(),
                reportedRectification.version(), true, null));

        FulfilmentDossier closed = branchSecretary.call(() -> oversight.verifyCompletion(item.id(),
                records.dossier(item.id()).commitment().version(), CloseOutOutcome.CLOSED, null));
        assertEquals(CommitmentStatus.CLOSED, closed.commitment().status());
        assertEquals(100, closed.commitment().progress());
        assertEquals(today, closed.commitment().closedOn());
        assertEquals(CloseOutOutcome.CLOSED, closed.closeOuts().get(0).outcome());
        assertEquals(1, closed.closeOuts().get(0).files().size());
        assertEquals("fulfilment.notInFulfilment", refused(() -> member.call(() -> records.record(item.id(),
                YearMonth.from(today), "销号后不能再记实", 100, List.of()))));

        CommitmentView other = publishedItem(member, "年内组织党员义务植树两次");
        member.call(() -> records.reportCompletion(other.id(), records.dossier(other.id()).commitment().version(),
                "已组织一次植树，第二次待开展", List.of()));
        long otherVersion = member.call(() -> records.dossier(other.id())).commitment().version();
        assertEquals("closeOut.reasonRequired", refused(() -> branchSecretary.call(() ->
                oversight.verifyCompletion(other.id(), otherVersion, CloseOutOutcome.SENT_BACK, ""))));
        FulfilmentDossier sentBack = branchSecretary.call(() -> oversight.verifyCompletion(other.id(), otherVersion,
                CloseOutOutcome.SENT_BACK, "第二次植树还没有开展"));
        assertEquals(CommitmentStatus.PUBLISHED, sentBack.commitment().status(), "back to fulfilment, still public");
        assertEquals("第二次植树还没有开展", sentBack.closeOuts().get(0).reason());
    }

    @Test
    void theDailySweepFlagsLateItemsOnceAndMailsTheOwner() throws Exception {
        String address = "member-" + TENANT + "@example.cn";
        long me = member.account().personId();
        PersonDetails details = admin.call(() -> directory.details(me));
        PersonProfile profile = details.profile();
        admin.call(() -> directory.revise(me, details.version(), new PersonProfile(profile.name(), profile.phone(),
                address, profile.partyStatus(), profile.post(), profile.assignedPost(), profile.leadingCadreLevel(),
                profile.retired(), profile.infirm(), profile.floating(), profile.floatingLocation(),
                profile.villageCategory())));
        CommitmentView late = publishedItem(member, "年底前完成村史馆资料整理");
        CommitmentView elsewhere = publishedItemInAnotherTenant();

        LocalDate afterDeadline = LocalDate.of(year + 1, 1, 25);
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        try {
            SweepResult first = sweep.run(TENANT, afterDeadline);
            assertTrue(first.overdueMarked() >= 1, first.toString());
            assertTrue(first.remindersLeft() >= 2, "overdue and record missing: " + first);
            assertTrue(first.mailsSent() >= 1, first.toString());
            assertTrue(smtp.waitForIncomingEmail(10_000, 1));
            List<MimeMessage> mails = mailsTo(smtp, address);
            assertEquals(1, mails.size(), "one digest per person");
            MimeMessage mail = mails.get(0);
            assertTrue(mail.getSubject().contains("践诺提醒"), mail.getSubject());
            String body = mail.getContent().toString();
            assertTrue(body.contains("年底前完成村史馆资料整理") && body.contains("已逾期"), body);

            CommitmentView flagged = member.call(() -> records.dossier(late.id())).commitment();
            assertEquals(afterDeadline, flagged.overdueSince());

            SweepResult second = sweep.run(TENANT, afterDeadline);
            assertEquals(new SweepResult(0, 0, 0, 0), second, "a second sweep flags, reminds and mails nothing");
            assertEquals(1, mailsTo(smtp, address).size(), "nothing mailed twice");
        } finally {
            smtp.stop();
        }
        assertNull(otherTenantAdmin().call(() -> records.dossier(elsewhere.id())).commitment().overdueSince(),
                "the sweep of one tenant leaves another's items alone");

        var mine = member.call(() -> reminders.mine(java.util.Locale.ENGLISH));
        assertTrue(mine.get(0).text().startsWith("["), "the list speaks the reader's language: " + mine.get(0).text());
        assertTrue(mine.stream().anyMatch(r -> r.kind() == ReminderKind.OVERDUE && r.commitmentId() == late.id()));
        long unread = member.call(() -> reminders.unread());
        member.call(() -> {
            reminders.markRead(mine.get(0).id());
            return null;
        });
        assertEquals(unread - 1, member.call(() -> reminders.unread()));
        assertThrows(RuleViolation.class, () -> branchSecretary.call(() -> {
            reminders.markRead(mine.get(1).id());
            return null;
        }), "nobody reads another person's reminders");

        List<LedgerLine> overdue = branchSecretary.call(() -> ledger.page(new LedgerFilter(
                branchSecretary.account().scopeUnitId(), year, null, null, null, true, null, false), 0, 100)).rows();
        assertTrue(overdue.stream().anyMatch(line -> line.id() == late.id()));
        assertTrue(overdue.stream().allMatch(line -> line.overdueSince() != null));
        assertTrue(branchSecretary.call(() -> review.overdue(year, 0, 100)).stream().anyMatch(i -> i.id() == late.id()));
    }

    @Test
    void theLedgerIsFilteredSortedAndExportedForThoseWhoMayReadIt() throws Exception {
        CommitmentView item = publishedItem(member, "为村里老人义务理发每月一次");
        long branch = branchSecretary.account().scopeUnitId();
        long committee = committeeSecretary.account().scopeUnitId();
        LedgerFilter ofBranch = LedgerFilter.of(branch, year);

        var page = branchSecretary.call(() -> ledger.page(ofBranch.sortedBy(LedgerSort.DUE_DATE, true), 0, 500));
        assertTrue(page.rows().stream().anyMatch(line -> line.id() == item.id()));
        assertEquals(page.total(), page.rows().size());
        List<LocalDate> dueDates = page.rows().stream().map(LedgerLine::dueDate).toList();
        assertEquals(dueDates.stream().sorted((a, b) -> b.compareTo(a)).toList(), dueDates, "sorted by the database");
        for (LedgerSort sort : LedgerSort.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                var sorted = branchSecretary.call(() -> ledger.page(ofBranch.sortedBy(sort, descending), 0, 500));
                assertEquals(page.total(), sorted.rows().size(), "every sort column, either way: " + sort);
            }
        }
        var byText = branchSecretary.call(() -> ledger.page(new LedgerFilter(branch, year, null, null, "义务理发",
                false, null, false), 0, 50));
        assertEquals(1, byText.total());
        assertTrue(committeeSecretary.call(() -> ledger.page(LedgerFilter.of(committee, year), 0, 500)).rows()
                .stream().anyMatch(line -> line.id() == item.id()), "a committee's ledger covers its subtree");
        assertThrows(UnitNotFoundException.class, () -> member.call(() -> ledger.page(ofBranch, 0, 10)),
                "a member reads no ledger");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        branchSecretary.call(() -> {
            ledgerReport.write(ledger, ofBranch, ReportFormat.PDF, Locale.SIMPLIFIED_CHINESE, pdf);
            return null;
        });
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("为村里老人义务理发每月一次"), text);
            assertTrue(text.contains("践诺台账"), text);
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        branchSecretary.call(() -> {
            ledgerReport.write(ledger, ofBranch, ReportFormat.XLSX, Locale.ENGLISH, xlsx);
            return null;
        });
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            StringBuilder cells = new StringBuilder();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|')));
            assertTrue(cells.toString().contains("为村里老人义务理发每月一次"), cells.toString());
            assertTrue(cells.toString().contains("Commitment"), "English column labels");
        }

        List<UnitCompletion> rates = admin.call(() -> completionRates.below(null, year));
        assertTrue(rates.stream().mapToLong(UnitCompletion::items).sum() >= 1);
        assertThrows(AccessDeniedException.class, () -> branchSecretary.call(() -> completionRates.below(null, year)));

        List<DueItem> due = member.call(() -> whatIsDue.of(person(member.account().personId()), year));
        boolean recordDayCame = !today.isBefore(deadlines.recordDayOf(YearMonth.from(today)));
        assertEquals(recordDayCame, due.stream().anyMatch(d -> d.commitmentId() == item.id()
                && d.reason() == DueItem.Reason.RECORD_MISSING), "no record this month is due from the record day on");
    }

    /** A member's item, approved by their branch and published. */
    @Test
    void theLedgerFollowsABranchMovedUnderAnotherCommittee() {
        CommitmentView item = publishedItem(member, "每周为孤寡老人送一次新鲜蔬菜");
        long branch = branchSecretary.account().scopeUnitId();
        long committee = committeeSecretary.account().scopeUnitId();
        long parent = parentOf(branch, committee);
        long elsewhere = admin.call(() -> tree.create(null, OrgUnitType.COMMITTEE, "临时接收支部党委")).id();
        admin.call(() -> tree.move(branch, elsewhere));
        try {
            assertTrue(inLedgerOf(elsewhere, item), "the item went along with its branch");
            assertFalse(inLedgerOf(committee, item), "and left the committee's ledger");
        } finally {
            admin.call(() -> tree.move(branch, parent));
            admin.call(() -> tree.dissolve(elsewhere));
        }
        assertTrue(inLedgerOf(committee, item), "moved back, it is the committee's again");
    }

    @Test
    void theLedgerKnowsItsOwnersByTheirCurrentNames() {
        CommitmentView item = publishedItem(member, "每月为村里困难户义务维修电器");
        long me = member.account().personId();
        String name = admin.call(() -> directory.details(me)).profile().name();
        rename(me, name + "新");
        try {
            LedgerFilter byNewName = new LedgerFilter(branchSecretary.account().scopeUnitId(), year, null, null,
                    name + "新", false, LedgerSort.OWNER, false);
            List<LedgerLine> found = admin.call(() -> ledger.page(byNewName, 0, 50)).rows();
            assertTrue(found.stream().anyMatch(line -> line.id() == item.id() && line.ownerName().equals(name + "新")),
                    "the item is found and shown by its owner's new name");
        } finally {
            rename(me, name);
        }
    }

    private void rename(long personId, String name) {
        PersonDetails details = admin.call(() -> directory.details(personId));
        PersonProfile profile = details.profile();
        admin.call(() -> directory.revise(personId, details.version(), new PersonProfile(name, profile.phone(),
                profile.email(), profile.partyStatus(), profile.post(), profile.assignedPost(),
                profile.leadingCadreLevel(), profile.retired(), profile.infirm(), profile.floating(),
                profile.floatingLocation(), profile.villageCategory())));
    }

    private boolean inLedgerOf(long unit, CommitmentView item) {
        LedgerFilter filter = new LedgerFilter(unit, year, null, null, item.content(), false, null, false);
        return admin.call(() -> ledger.page(filter, 0, 50)).rows().stream().anyMatch(line -> line.id() == item.id());
    }

    /** The unit right above the branch, looked for below the committee. */
    private long parentOf(long branch, long committee) {
        for (UnitNode child : admin.call(() -> tree.children(committee))) {
            if (child.id() == branch) {
                return committee;
            }
        }
        return admin.call(() -> tree.children(committee)).stream().filter(UnitNode::hasChildren)
                .map(UnitNode::id).filter(unit -> admin.call(() -> tree.children(unit)).stream()
                        .anyMatch(child -> child.id() == branch))
                .findFirst().orElseThrow();
    }

    private CommitmentView publishedItem(AsUser owner, String content) {
        long personId = owner.account().personId();
        CommitmentView draft = owner.call(() -> book.draft(person(personId), year, new CommitmentDraft(
                CommitmentKind.ANNUAL, null, "服务", content, "建立台账，每月对照检查一次进度", yearEnd)));
        owner.call(() -> book.submit(person(personId), year));
        CommitmentView submitted = owner.call(() -> book.of(person(personId), year)).stream()
                .filter(line -> line.id() == draft.id()).findFirst().orElseThrow();
        branchSecretary.call(() -> review.decide(draft.id(), submitted.version(), ReviewOutcome.APPROVE, null));
        return branchSecretary.call(() -> review.publish(List.of(draft.id()))).get(0);
    }

    private CommitmentView publishedItemInAnotherTenant() throws Exception {
        Fixtures.ensureTenant(provisioning, Fixtures.TENANT_A, 1);
        AsUser otherAdmin = AsUser.login(authentication, Fixtures.TENANT_A, StandardLogin.ADMIN.username());
        AsUser otherMember = AsUser.login(authentication, Fixtures.TENANT_A, StandardLogin.MEMBER.username());
        AsUser otherSecretary = AsUser.login(authentication, Fixtures.TENANT_A, StandardLogin.BRANCH_SECRETARY.username());
        otherAdmin.call(() -> yearRules.change(year, new RulesSettings(CategorySet.STUDY_WORK_DISCIPLINE_SERVICE.categories(),
                1, 20, 1, 20, yearEnd, false)));
        long personId = otherMember.account().personId();
        CommitmentView draft = otherMember.call(() -> book.draft(person(personId), year, new CommitmentDraft(
                CommitmentKind.ANNUAL, null, "学习", "另一个租户的承诺事项不受影响", "建立台账，每月对照检查一次进度", yearEnd)));
        otherMember.call(() -> book.submit(person(personId), year));
        CommitmentView submitted = otherMember.call(() -> book.of(person(personId), year)).stream()
                .filter(line -> line.id() == draft.id()).findFirst().orElseThrow();
        otherSecretary.call(() -> review.decide(draft.id(), submitted.version(), ReviewOutcome.APPROVE, null));
        return otherSecretary.call(() -> review.publish(List.of(draft.id()))).get(0);
    }

    private static List<MimeMessage> mailsTo(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return GreenMailUtil.getAddressList(message.getAllRecipients()).contains(address);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String refused(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).code();
    }
}
