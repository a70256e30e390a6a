package org.jiannuo.it.summary;

import static org.jiannuo.domain.model.commitment.CommitmentOwner.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jiannuo.application.appraisal.AppraisalRulesBook;
import org.jiannuo.application.appraisal.MeetingView;
import org.jiannuo.application.appraisal.Meetings;
import org.jiannuo.application.appraisal.Remarks;
import org.jiannuo.application.commitment.CommitmentBook;
import org.jiannuo.application.commitment.CommitmentReview;
import org.jiannuo.application.commitment.CommitmentView;
import org.jiannuo.application.commitment.YearRules;
import org.jiannuo.application.fulfilment.FulfilmentLedger;
import org.jiannuo.application.fulfilment.FulfilmentOversight;
import org.jiannuo.application.fulfilment.LedgerFilter;
import org.jiannuo.application.fulfilment.LedgerLine;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.application.people.PersonRow;
import org.jiannuo.application.people.PersonSearch;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.summary.BulletinNotFoundException;
import org.jiannuo.application.summary.BulletinView;
import org.jiannuo.application.summary.Bulletins;
import org.jiannuo.application.summary.SelfReportView;
import org.jiannuo.application.summary.SelfReports;
import org.jiannuo.domain.model.appraisal.MeetingKind;
import org.jiannuo.domain.model.appraisal.RemarkCadence;
import org.jiannuo.domain.model.appraisal.RemarkKind;
import org.jiannuo.domain.model.commitment.CategorySet;
import org.jiannuo.domain.model.commitment.CommitmentDraft;
import org.jiannuo.domain.model.commitment.CommitmentKind;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.commitment.ReviewOutcome;
import org.jiannuo.domain.model.commitment.RulesSettings;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.summary.BulletinKind;
import org.jiannuo.domain.model.summary.BulletinText;
import org.jiannuo.domain.model.summary.Period;
import org.jiannuo.domain.model.summary.PeriodKind;
import org.jiannuo.interfaces.i18n.BulletinWords;
import org.jiannuo.interfaces.report.BulletinReport;
import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.StandardUsersTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Half-year summaries through the services: a member's self-report, the branch's half-year bulletin drafted from
 * the ledger, edited, published and printed, the quarterly report, who may do what, and the leaders' remark
 * cadence. Each run has a tenant of its own.
 */
class SummaryIT extends StandardUsersTestBase {

    private static final String TENANT = "it-summary-" + Long.toString(Math.floorMod(System.nanoTime(), 1_000_000_000L), 36);

    @EJB
    CommitmentBook book;

    @EJB
    CommitmentReview review;

    @EJB
    YearRules yearRules;

    @EJB
    FulfilmentOversight oversight;

    @EJB
    FulfilmentLedger ledger;

    @EJB
    PeopleDirectory people;

    @EJB
    SelfReports selfReports;

    @EJB
    Bulletins bulletins;

    @EJB
    AppraisalRulesBook rulesBook;

    @EJB
    Meetings meetings;

    @EJB
    Remarks remarks;

    @Inject
    BulletinReport report;

    private final LocalDate today = LocalDate.now();
    private final int year = today.getYear();
    private final String half = Period.containing(today, PeriodKind.HALF_YEAR).toString();

    private AsUser outsider;
    private long branchId;

    @BeforeEach
    void users() throws Exception {
        signInStandardUsers(TENANT, 43);
        branchId = branchSecretary.account().scopeUnitId();
        assertEquals(branchId, member.account().scopeUnitId(), "the fixture's member is of the secretary's branch");
        String branchName = admin.call(() -> people.row(member.account().personId())).unitName();
        PersonRow other = admin.call(() -> people.rows(new PersonSearch(null, null, null, null, true, 0, 500)))
                .stream().filter(row -> !row.unitName().equals(branchName)).findFirst().orElseThrow();
        // A member of the other branch; their own record is all their grant reaches, so no unit is needed.
        outsider = AsUser.member(member.account(), other.id(), -1);
        admin.call(() -> yearRules.change(year, new RulesSettings(CategorySet.STUDY_WORK_DISCIPLINE_SERVICE.categories(),
                1, 20, 1, 20, LocalDate.of(year, 12, 31), false)));
    }

    @Test
    void aMemberWritesTheirOwnSelfReportAndTheBranchSeesWhoHasNotReported() {
        SelfReportView empty = member.call(() -> selfReports.own(half));
        assertFalse(empty.written());

        SelfReportView saved = member.call(() -> selfReports.write(half, 0, "完成了学习强国积分目标", "", "", false));
        assertFalse(saved.submitted());
        assertThrows(StaleEditException.class, () -> member.call(() -> selfReports.write(half, 0, "另一个窗口", "", "",
                false)), "a second window does not overwrite the first");
        assertEquals("selfReport.partsRequired", refused(() -> member.call(() -> selfReports.write(half,
                saved.version(), "完成了学习强国积分目标", "", " ", true))));
        SelfReportView submitted = member.call(() -> selfReports.write(half, saved.version(), "完成了学习强国积分目标",
                "帮扶项目因资金未到位推迟", "七月底前完成帮扶", true));
        assertTrue(submitted.submitted());
        assertEquals("selfReport.submitted", refused(() -> member.call(() -> selfReports.write(half,
                submitted.version(), "改一改", "", "下一步", false))));
        String nextHalf = Period.parse(half).kind() == PeriodKind.HALF_YEAR && Period.parse(half).index() == 1
                ? year + "-H2" : (year + 1) + "-H1";
        assertEquals("selfReport.halfNotBegun", refused(() -> member.call(() -> selfReports.write(nextHalf, 0,
                "还没开始的半年", "", "", false))));
        assertEquals("selfReport.halfOnly", refused(() -> member.call(() -> selfReports.own(year + "-Q1"))));

        List<SelfReportView> branch = branchSecretary.call(() -> selfReports.ofUnit(branchId, half));
        SelfReportView mine = branch.stream().filter(line -> line.personId() == member.account().personId())
                .findFirst().orElseThrow();
        assertEquals("七月底前完成帮扶", mine.nextSteps());
        assertTrue(branch.stream().anyMatch(line -> !line.written()), "the others have not reported yet");
        assertEquals(branch.size(), leader.call(() -> selfReports.ofUnit(branchId, half)).size(), "leaders read");
        assertThrows(UnitNotFoundException.class, () -> outsider.call(() -> selfReports.ofUnit(branchId, half)));
        assertThrows(UnitNotFoundException.class, () -> member.call(() -> selfReports.ofUnit(branchId, half)),
                "a member reads only their own");
    }

    @Test
    void theSecretaryDraftsEditsAndPublishesTheHalfYearBulletinFromTheLedger() throws Exception {
        CommitmentView item = publishedItem("每月走访联系户两户并记录诉求");
        branchSecretary.call(() -> oversight.orderRectification(item.id(), "走访记录不全，请补齐", today.plusDays(10)));
        String memberName = admin.call(() -> people.row(member.account().personId())).name();

        assertThrows(AccessDeniedException.class, () -> leader.call(() -> bulletins.draft(branchId,
                BulletinKind.HALF_YEAR_BULLETIN, half, new BulletinWords(Locale.CHINESE))), "leaders only read");
        assertThrows(UnitNotFoundException.class, () -> outsider.call(() -> bulletins.draft(branchId,
                BulletinKind.HALF_YEAR_BULLETIN, half, new BulletinWords(Locale.CHINESE))));
        BulletinView draft = branchSecretary.call(() -> bulletins.draft(branchId, BulletinKind.HALF_YEAR_BULLETIN, half,
                new BulletinWords(Locale.CHINESE)));

        Period period = Period.parse(half);
        List<LedgerLine> lines = branchSecretary.call(() -> ledger.page(LedgerFilter.of(branchId, year), 0, 2000)
                        .rows())
                .stream().filter(line -> !line.collective()).toList();
        assertEquals(lines.size(), draft.figures().items(), "the branch's members' items on the ledger");
        assertEquals(lines.stream().filter(line -> line.status() == CommitmentStatus.CLOSED).count(),
                draft.figures().closed());
        assertEquals(lines.stream().filter(line -> line.overdueSince() != null
                && (line.closedOn() == null || !line.closedOn().isBefore(period.firstDay()))).count(),
                draft.figures().late());
        assertTrue(draft.figures().rectified() >= 1, "the rectification ordered today: " + draft.figures());
        assertTrue(draft.text().urged().contains(memberName), "a rectification in the half urges: " + draft.text());
        assertTrue(draft.text().body().contains("党员承诺事项共 " + lines.size() + " 项"), draft.text().body());
        assertFalse(draft.published());

        assertThrows(BulletinNotFoundException.class, () -> member.call(() -> bulletins.view(draft.id())),
                "members read only what is published");
        assertThrows(BulletinNotFoundException.class, () -> outsider.call(() -> bulletins.view(draft.id())));
        assertEquals(draft.id(), leader.call(() -> bulletins.view(draft.id())).id(), "leaders read drafts too");
        assertFalse(leader.call(() -> bulletins.view(draft.id())).editable());

        BulletinView edited = branchSecretary.call(() -> bulletins.edit(draft.id(), draft.version(), new BulletinText(
                draft.text().body() + "望全体党员对照承诺抓好落实。", draft.text().praised(), draft.text().urged())));
        assertNotEquals(draft.version(), edited.version());
        assertThrows(StaleEditException.class, () -> branchSecretary.call(() -> bulletins.edit(draft.id(),
                draft.version(), new BulletinText("旧版本", "", ""))));
        assertThrows(AccessDeniedException.class, () -> leader.call(() -> bulletins.publish(draft.id(),
                edited.version())), "a leader may not publish");

        BulletinView published = branchSecretary.call(() -> bulletins.publish(draft.id(), edited.version()));
        assertTrue(published.published());
        assertEquals("bulletin.published", refused(() -> branchSecretary.call(() -> bulletins.edit(draft.id(),
                published.version(), new BulletinText("发布后再改", "", "")))));
        assertEquals("bulletin.published", refused(() -> branchSecretary.call(() -> bulletins.draft(branchId,
                BulletinKind.HALF_YEAR_BULLETIN, half, new BulletinWords(Locale.CHINESE)))));
        assertEquals(published.id(), member.call(() -> bulletins.view(draft.id())).id());
        assertTrue(member.call(() -> bulletins.ownUnits()).stream().anyMatch(b -> b.id() == published.id()));
        assertThrows(BulletinNotFoundException.class, () -> outsider.call(() -> bulletins.view(draft.id())),
                "another branch's member does not read it even published");

        String chinese = pdfText(published, Locale.CHINESE);
        assertTrue(chinese.contains(memberName), chinese);
        assertTrue(chinese.contains(published.unitName()), chinese);
        assertTrue(chinese.contains("承诺事项" + lines.size() + "项"), chinese);
        assertTrue(chinese.contains("整改" + published.figures().rectified() + "项"), chinese);
        assertTrue(chinese.contains("四、督促后进"), chinese);
        String english = pdfText(published, Locale.ENGLISH);
        assertTrue(english.contains("Items" + lines.size() + ";"), english);
        assertTrue(english.contains("4.Lagging,urged"), english);
    }

    @Test
    void anOrganizationReportsItsOwnCommitmentsQuarterly() {
        String quarter = Period.containing(today, PeriodKind.QUARTER).toString();
        assertEquals("bulletin.periodKind", refused(() -> branchSecretary.call(() -> bulletins.draft(branchId,
                BulletinKind.QUARTERLY_REPORT, half, new BulletinWords(Locale.CHINESE)))));
        assertEquals("bulletin.periodNotBegun", refused(() -> branchSecretary.call(() -> bulletins.draft(branchId,
                BulletinKind.QUARTERLY_REPORT, (year + 1) + "-Q1", new BulletinWords(Locale.CHINESE)))));
        assertEquals("period.invalid", refused(() -> branchSecretary.call(() -> bulletins.draft(branchId,
                BulletinKind.QUARTERLY_REPORT, year + "-Q5", new BulletinWords(Locale.CHINESE)))));

        BulletinView report = branchSecretary.call(() -> bulletins.draft(branchId, BulletinKind.QUARTERLY_REPORT,
                quarter, new BulletinWords(Locale.ENGLISH)));
        long collective = branchSecretary.call(() -> ledger.page(LedgerFilter.of(branchId, year), 0, 2000).rows())
                .stream()
                .filter(LedgerLine::collective).count();
        assertEquals(collective, report.figures().items(), "the organization's own items");
        assertEquals("", report.text().praised(), "a quarterly report names nobody");
        assertTrue(report.text().body().contains("our organization has " + collective), report.text().body());
        assertThrows(BulletinNotFoundException.class, () -> member.call(() -> bulletins.view(report.id())));
        BulletinView published = branchSecretary.call(() -> bulletins.publish(report.id(), report.version()));
        assertTrue(member.call(() -> bulletins.ofUnit(branchId)).stream().anyMatch(b -> b.id() == published.id()),
                "the organization's members read the published report");
        assertThrows(UnitNotFoundException.class, () -> outsider.call(() -> bulletins.ofUnit(branchId)));
    }

    @Test
    void halfYearlyLeadersCommentOnlyAtTheMeetingOfTheHalfsLastMonth() {
        long memberId = member.account().personId();
        YearMonth may = YearMonth.of(year - 1, 5);
        YearMonth june = YearMonth.of(year - 1, 6);
        MeetingView mayMeeting = branchSecretary.call(() -> meetings.hold(branchId, MeetingKind.ORGANIZATION_LIFE, may,
                may.atDay(20), null));
        MeetingView juneMeeting = branchSecretary.call(() -> meetings.hold(branchId, MeetingKind.ORGANIZATION_LIFE,
                june, june.atDay(20), null));
        assertThrows(AccessDeniedException.class, () -> branchSecretary.call(() -> rulesBook.change(
                rulesBook.settings().withRemarkCadence(RemarkCadence.HALF_YEARLY))), "the department sets it");
        admin.call(() -> rulesBook.change(rulesBook.settings().withRemarkCadence(RemarkCadence.HALF_YEARLY)));
        try {
            assertEquals(RemarkCadence.HALF_YEARLY, member.call(() -> rulesBook.settings()).remarkCadence());
            assertTrue(branchSecretary.call(() -> meetings.meeting(mayMeeting.id())).remarks().isEmpty(),
                    "May is not the half's last month");
            assertEquals("remark.notASubject", refused(() -> branchSecretary.call(() -> remarks.write(mayMeeting.id(),
                    RemarkKind.ON_MEMBER, "P" + memberId, 0, "按时完成承诺", "学习不够深入", "继续带头"))));
            MeetingView remarked = branchSecretary.call(() -> remarks.write(juneMeeting.id(), RemarkKind.ON_MEMBER,
                    "P" + memberId, 0, "按时完成承诺", "学习不够深入", "继续带头"));
            assertTrue(remarked.remarks().stream().anyMatch(line -> line.subjectKey().equals("P" + memberId)
                    && "学习不够深入".equals(line.shortcomings())));
        } finally {
            admin.call(() -> rulesBook.change(rulesBook.settings().withRemarkCadence(RemarkCadence.MONTHLY)));
        }
        assertTrue(branchSecretary.call(() -> meetings.meeting(mayMeeting.id())).remarks().stream()
                .anyMatch(line -> line.subjectKey().equals("P" + memberId)), "monthly: every meeting calls for remarks");
    }

    private CommitmentView publishedItem(String content) {
        long personId = member.account().personId();
        CommitmentView draft = member.call(() -> book.draft(person(personId), year, new CommitmentDraft(
                CommitmentKind.ANNUAL, null, "服务", content, "建立台账，每月对照检查一次进度", LocalDate.of(year, 12, 31))));
        member.call(() -> book.submit(person(personId), year));
        CommitmentView submitted = member.call(() -> book.of(person(personId), year)).stream()
                .filter(line -> line.id() == draft.id()).findFirst().orElseThrow();
        branchSecretary.call(() -> review.decide(draft.id(), submitted.version(), ReviewOutcome.APPROVE, null));
        return branchSecretary.call(() -> review.publish(List.of(draft.id()))).get(0);
    }

    private String pdfText(BulletinView bulletin, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.write(bulletin, locale, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private static String refused(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).code();
    }
}
