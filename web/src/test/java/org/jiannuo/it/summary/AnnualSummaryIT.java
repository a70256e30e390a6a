package org.jiannuo.it.summary;

import static org.jiannuo.domain.model.commitment.CommitmentOwner.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiannuo.application.AuthenticatedAccount;
import org.jiannuo.application.appraisal.Ballots;
import org.jiannuo.application.appraisal.GradeEntry;
import org.jiannuo.application.appraisal.GradeSheet;
import org.jiannuo.application.appraisal.Grades;
import org.jiannuo.application.appraisal.MeetingView;
import org.jiannuo.application.appraisal.Meetings;
import org.jiannuo.application.commitment.CommitmentBook;
import org.jiannuo.application.commitment.CommitmentReview;
import org.jiannuo.application.commitment.CommitmentView;
import org.jiannuo.application.commitment.YearRules;
import org.jiannuo.application.fulfilment.FulfilmentOversight;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.application.organization.UnitNode;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.summary.AnnualOverview;
import org.jiannuo.application.summary.AnnualSummaries;
import org.jiannuo.application.summary.CoverageList;
import org.jiannuo.application.summary.UnitFigures;
import org.jiannuo.domain.model.account.Grant;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.appraisal.BallotMode;
import org.jiannuo.domain.model.appraisal.GradingGroup;
import org.jiannuo.domain.model.appraisal.MeetingKind;
import org.jiannuo.domain.model.appraisal.Presence;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.jiannuo.domain.model.commitment.CategorySet;
import org.jiannuo.domain.model.commitment.CommitmentDraft;
import org.jiannuo.domain.model.commitment.CommitmentKind;
import org.jiannuo.domain.model.commitment.ReviewOutcome;
import org.jiannuo.domain.model.commitment.RulesSettings;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.summary.AnnualRecord;
import org.jiannuo.domain.model.summary.CoverageGap;
import org.jiannuo.domain.model.summary.ItemCounts;
import org.jiannuo.domain.model.summary.ItemFacts;
import org.jiannuo.domain.model.summary.LedgerFigures;
import org.jiannuo.domain.model.summary.Period;
import org.jiannuo.domain.model.summary.PeriodKind;
import org.jiannuo.interfaces.report.AnnualSummaryReport;
import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.StandardUsersTestBase;
import org.jiannuo.it.support.TenantProbe;
import org.jiannuo.reports.ReportFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The annual assessment summary of a small tenant of its own: a member with two published items, one of them
 * rectified; another with an item approved but not public; two published meetings graded; no year-end result yet.
 * The figures per person and per unit, the coverage lists, who may read it, and the printed PDF and XLSX.
 */
class AnnualSummaryIT extends StandardUsersTestBase {

    private static final String TENANT = "it-annual-" + Long.toString(Math.floorMod(System.nanoTime(), 1_000_000_000L), 36);

    @EJB
    AnnualSummaries summaries;

    @EJB
    CommitmentBook book;

    @EJB
    CommitmentReview review;

    @EJB
    YearRules yearRules;

    @EJB
    FulfilmentOversight oversight;

    @EJB
    Meetings meetings;

    @EJB
    Ballots ballots;

    @EJB
    Grades grades;

    @EJB
    OrganizationTree tree;

    @Inject
    AnnualSummaryReport report;

    @EJB
    TenantProbe probe;

    private final int year = LocalDate.now().getYear();
    private long branchId;

    @BeforeEach
    void users() throws Exception {
        signInStandardUsers(TENANT, 53);
        branchId = branchSecretary.account().scopeUnitId();
        admin.call(() -> yearRules.change(year, new RulesSettings(CategorySet.STUDY_WORK_DISCIPLINE_SERVICE.categories(),
                1, 20, 1, 20, LocalDate.of(year, 12, 31), false)));
    }

    @Test
    void theYearOfEachPersonAndUnitWithWhoIsMissing() throws Exception {
        long memberId = member.account().personId();
        CommitmentView first = item(member, "每月走访联系户两户并记录诉求", true).get(0);
        item(member, "每季度讲一次党课", true);
        branchSecretary.call(() -> oversight.orderRectification(first.id(), "走访记录不全，请补齐",
                LocalDate.now().plusDays(10)));
        List<AnnualRecord> before = branchSecretary.call(() -> summaries.overview(branchId, year)).roster();
        AnnualRecord unpublishedOwner = before.stream().filter(r -> r.personId() != memberId
                && r.personId() != branchSecretary.account().personId()).findFirst().orElseThrow();
        item(AsUser.member(member.account(), unpublishedOwner.personId(), branchId), "带头参加志愿服务", false);
        gradedMeeting(YearMonth.of(year, 1), memberId, StarGrade.BASICALLY_QUALIFIED);
        gradedMeeting(YearMonth.of(year, 2), memberId, StarGrade.QUALIFIED);

        AnnualOverview branch = branchSecretary.call(() -> summaries.overview(branchId, year));
        AnnualRecord mine = record(branch, memberId);
        assertEquals(2, mine.figures().items());
        assertEquals(0, mine.figures().closed());
        assertEquals(0, mine.figures().late());
        assertEquals(1, mine.figures().rectified());
        assertEquals(0, mine.figures().pioneer());
        assertEquals(1, mine.figures().qualified());
        assertEquals(1, mine.figures().basicallyQualified());
        assertEquals(0, mine.figures().lagging());
        assertNull(mine.result(), "no year-end result is published");
        assertEquals(Set.of(CoverageGap.NOT_EVALUATED), mine.gaps());
        AnnualRecord unpublished = record(branch, unpublishedOwner.personId());
        assertEquals(1, unpublished.figures().items(), "approved, on the ledger");
        assertTrue(unpublished.lacks(CoverageGap.NOT_PUBLISHED), unpublished.gaps().toString());
        assertTrue(record(branch, branchSecretary.account().personId()).lacks(CoverageGap.NOT_COMMITTED));
        // The database counts each person's items as the bulletin's rules count the same items of the ledger.
        Period wholeYear = new Period(year, PeriodKind.YEAR, 1);
        List<ItemFacts> ledger = branchSecretary.call(() -> probe.membersItems(branchId, year));
        for (AnnualRecord person : branch.roster()) {
            LedgerFigures figures = person.figures();
            assertEquals(ItemCounts.of(wholeYear, ledger.stream()
                            .filter(item -> item.ownerPersonId() == person.personId()).toList()),
                    new ItemCounts(figures.items(), figures.closed(), figures.onSchedule(), figures.late(),
                            figures.rectified()), person.name());
        }

        // The lists hold exactly those whose records lack the same; the database counts what the records show.
        for (CoverageList list : branch.coverage()) {
            assertEquals(branch.roster().stream().filter(r -> r.lacks(list.gap())).map(AnnualRecord::personId)
                    .collect(Collectors.toSet()), list.people().stream().map(CoverageList.Named::personId)
                    .collect(Collectors.toSet()), list.gap().toString());
            assertEquals(list.people().size(), list.count());
        }
        UnitFigures total = branch.total();
        assertEquals(branch.roster().size(), total.people());
        assertEquals(branch.roster().stream().mapToInt(r -> r.figures().qualified()).sum(), total.qualified());
        assertEquals(1, total.basicallyQualified());
        assertEquals(2L * graded(branch), total.graded(), "every person graded in both meetings");
        assertEquals(0, total.evaluated());
        assertEquals(branch.roster().stream().filter(AnnualRecord::partyMember).count(), total.notEvaluated());

        // The committee sees its branches side by side, the branch's figures among them.
        long committeeId = committeeSecretary.account().scopeUnitId();
        AnnualOverview committee = committeeSecretary.call(() -> summaries.overview(committeeId, year));
        UnitFigures asChild = asSeenAbove(committee);
        assertEquals(total, new UnitFigures(total.unitId(), total.unitName(), false, asChild.people(),
                asChild.partyMembers(), asChild.pioneer(), asChild.qualified(), asChild.basicallyQualified(),
                asChild.lagging(), asChild.excellent(), asChild.resultQualified(), asChild.unqualified(),
                asChild.notCommitted(), asChild.notPublished(), asChild.notEvaluated()));
        assertTrue(committee.total().people() >= total.people());
        assertEquals(total.qualified(), leader.call(() -> summaries.overview(branchId, year)).total().qualified(),
                "leaders read it");

        // A member, and the secretary of another branch, do not find the branch.
        assertThrows(UnitNotFoundException.class, () -> member.call(() -> summaries.overview(branchId, year)));
        assertThrows(UnitNotFoundException.class, () -> member.call(() -> summaries.readAll(branchId, year,
                records -> null)));
        UnitNode otherBranch = otherBranch(committeeId).orElseThrow();
        AuthenticatedAccount like = branchSecretary.account();
        AsUser otherSecretary = AsUser.of(new AuthenticatedAccount(like.tenantCode(), like.tenantName(), -1,
                "other-secretary", "other secretary", List.of(new Grant(Role.BRANCH_SECRETARY, otherBranch.id())),
                null, 0, false));
        assertTrue(otherSecretary.call(() -> summaries.overview(otherBranch.id(), year)).total().people() > 0,
                "their own branch");
        assertThrows(UnitNotFoundException.class, () -> otherSecretary.call(() -> summaries.overview(branchId,
                year)));

        // The printed summary: names and figures in the PDF, a row per person in the XLSX.
        String pdf = pdfText(branchId);
        String branchName = total.unitName().replaceAll("\\s+", "");
        assertTrue(pdf.contains(branchName + year + "年度考核汇总"), pdf);
        assertTrue(pdf.contains(branchName + "：" + total.people() + "人；每月星级★0☆" + total.qualified() + "○1△0"),
                pdf);
        for (AnnualRecord person : branch.roster()) {
            assertTrue(pdf.contains(person.name().replaceAll("\\s+", "")), person.name());
        }
        assertTrue(pdf.contains(mine.name().replaceAll("\\s+", "") + "01102001未评议"), "the member's row: " + pdf);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(branchId, ReportFormat.XLSX)))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<Row> people = new ArrayList<>();
            sheet.forEach(row -> {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.NUMERIC) {
                    people.add(row);
                }
            });
            assertEquals(branch.roster().size(), people.size(), "a numbered row per person");
            assertEquals(4 + branch.roster().size(), sheet.getPhysicalNumberOfRows(),
                    "three lines on top, the heading, the people");
        }
    }

    /** The branch among the units compared below the overview's unit, or below one of them. */
    private UnitFigures asSeenAbove(AnnualOverview above) {
        for (UnitFigures child : above.children()) {
            if (child.unitId() == branchId) {
                return child;
            }
        }
        for (UnitFigures child : above.children()) {
            if (child.hasChildren()) {
                UnitFigures found = asSeenAbove(committeeSecretary.call(() -> summaries.overview(child.unitId(),
                        year)));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A branch of the committee's other than the fixture's. */
    private Optional<UnitNode> otherBranch(long parentId) {
        for (UnitNode child : committeeSecretary.call(() -> tree.children(parentId))) {
            if (child.type() == OrgUnitType.BRANCH && child.id() != branchId) {
                return Optional.of(child);
            }
            Optional<UnitNode> below = child.hasChildren() ? otherBranch(child.id()) : Optional.empty();
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    private static long graded(AnnualOverview branch) {
        return branch.roster().stream().filter(r -> r.figures().pioneer() + r.figures().qualified()
                + r.figures().basicallyQualified() + r.figures().lagging() > 0).count();
    }

    private static AnnualRecord record(AnnualOverview overview, long personId) {
        return overview.roster().stream().filter(r -> r.personId() == personId).findFirst().orElseThrow();
    }

    /** An item of the owner's, approved by the branch and, when asked, published. */
    private List<CommitmentView> item(AsUser owner, String content, boolean publish) {
        long personId = owner.account().personId();
        CommitmentView draft = owner.call(() -> book.draft(person(personId), year, new CommitmentDraft(
                CommitmentKind.ANNUAL, null, "服务", content, "建立台账，每月对照检查一次进度", LocalDate.of(year, 12, 31))));
        owner.call(() -> book.submit(person(personId), year));
        CommitmentView submitted = owner.call(() -> book.of(person(personId), year)).stream()
                .filter(line -> line.id() == draft.id()).findFirst().orElseThrow();
        branchSecretary.call(() -> review.decide(draft.id(), submitted.version(), ReviewOutcome.APPROVE, null));
        return publish ? branchSecretary.call(() -> review.publish(List.of(draft.id()))) : List.of(submitted);
    }

    /** The branch's meeting of the month, everyone present, an empty ballot, graded QUALIFIED but for one. */
    private void gradedMeeting(YearMonth period, long personId, StarGrade grade) {
        MeetingView meeting = branchSecretary.call(() -> meetings.hold(branchId, MeetingKind.ORGANIZATION_LIFE, period,
                period.atDay(18), null));
        branchSecretary.call(() -> meetings.markAttendance(meeting.id(), meeting.roster().stream()
                .collect(Collectors.toMap(line -> line.personId(), line -> Presence.PRESENT))));
        branchSecretary.call(() -> ballots.open(meeting.id(), BallotMode.ELECTRONIC));
        branchSecretary.call(() -> ballots.close(meeting.id()));
        for (Map.Entry<GradingGroup, AsUser> group : Map.of(GradingGroup.MEMBERS, branchSecretary,
                GradingGroup.STAFF, administrativeHead).entrySet()) {
            GradeSheet sheet = group.getValue().call(() -> grades.sheet(meeting.id(), group.getKey()));
            if (sheet.rows().isEmpty()) {
                continue;
            }
            List<GradeEntry> entries = sheet.rows().stream().map(row -> new GradeEntry(row.subjectKey(),
                    row.subjectKey().equals("P" + personId) ? grade : StarGrade.QUALIFIED, "按年度测试评定",
                    row.version())).toList();
            group.getValue().call(() -> grades.grade(meeting.id(), group.getKey(), entries));
            group.getValue().call(() -> grades.confirm(meeting.id(), group.getKey()));
        }
        branchSecretary.call(() -> grades.publish(meeting.id()));
    }

    private String pdfText(long unitId) throws Exception {
        try (PDDocument document = Loader.loadPDF(export(unitId, ReportFormat.PDF))) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private byte[] export(long unitId, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        branchSecretary.call(() -> {
            report.write(summaries, unitId, year, format, Locale.SIMPLIFIED_CHINESE, out);
            return null;
        });
        return out.toByteArray();
    }
}
