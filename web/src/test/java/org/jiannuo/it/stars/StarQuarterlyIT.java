package org.jiannuo.it.stars;

import static org.jiannuo.it.stars.VillageCategories.denied;
import static org.jiannuo.it.stars.VillageCategories.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.application.people.PersonRow;
import org.jiannuo.application.people.PersonSearch;
import org.jiannuo.application.stars.DebriefingView;
import org.jiannuo.application.stars.Debriefings;
import org.jiannuo.application.stars.LogPage;
import org.jiannuo.application.stars.MeetingRecord;
import org.jiannuo.application.stars.PreAssessmentView;
import org.jiannuo.application.stars.PreAssessments;
import org.jiannuo.application.stars.PreRatingLine;
import org.jiannuo.application.stars.ProgressLine;
import org.jiannuo.application.stars.StarBookNotFoundException;
import org.jiannuo.application.stars.StarBulletinView;
import org.jiannuo.application.stars.StarBulletins;
import org.jiannuo.application.stars.StarLogBook;
import org.jiannuo.application.stars.StarTargets;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.stars.LogEntryKind;
import org.jiannuo.domain.model.stars.PreAssessmentState;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.interfaces.report.StarBulletinReport;
import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.StandardUsersTestBase;
import org.jiannuo.reports.ReportFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The quarterly star bulletin meeting and the half-year pre-assessment through the services, each role's allowed
 * and refused actions: the branch secretary drafts, records and publishes the bulletin (its PDF names the members
 * and draws their targets as ★), the township collects its villages' bulletins as XLSX; members debrief, the branch
 * pre-rates within the caps and reports, the township sends it back and accepts it. A tenant of its own per run.
 */
class StarQuarterlyIT extends StandardUsersTestBase {

    private static final String TENANT = "it-starq-" + Long.toString(Math.floorMod(System.nanoTime(), 1_000_000_000L), 36);

    @EJB
    PeopleDirectory people;

    @EJB
    StarTargets targets;

    @EJB
    StarLogBook logBook;

    @EJB
    StarBulletins bulletins;

    @EJB
    Debriefings debriefings;

    @EJB
    PreAssessments assessments;

    @Inject
    StarBulletinReport report;

    private final int year = LocalDate.now().getYear();
    private long memberId;
    private long branchId;
    private long townshipId;
    private AsUser outsider;

    @BeforeEach
    void villageMember() throws Exception {
        signInStandardUsers(TENANT, 61);
        memberId = member.account().personId();
        branchId = branchSecretary.account().scopeUnitId();
        townshipId = committeeSecretary.account().scopeUnitId();
        VillageCategories.place(admin, people, memberId, VillageCategory.FARMING_IN_VILLAGE);
        String branchName = admin.call(() -> people.row(memberId)).unitName();
        PersonRow other = admin.call(() -> people.rows(new PersonSearch(null, null, null, null, true, 0, 500)))
                .stream().filter(row -> !row.unitName().equals(branchName)).findFirst().orElseThrow();
        outsider = AsUser.member(member.account(), other.id(), -1);
    }

    @Test
    void theBranchHoldsTheQuarterlyMeetingAndTheTownshipCollectsItsVillages() throws Exception {
        long version = member.call(() -> targets.own(year)).version();
        member.call(() -> targets.aim(memberId, year, version, Map.of(StarAspect.IDEOLOGY, 2, StarAspect.LIAISON, 1),
                "每月学习两次"));
        for (String text : List.of("学习党章", "观看远程教育专题片")) {
            member.call(() -> logBook.write(memberId, new LogPage(LocalDate.now(), LogEntryKind.STUDY, text, null, null),
                    List.of()));
        }
        String quarter = member.call(() -> bulletins.currentQuarter());
        denied(() -> member.call(() -> bulletins.draft(branchId, quarter)));
        denied(() -> leader.call(() -> bulletins.draft(branchId, quarter)));
        denied(() -> committeeSecretary.call(() -> bulletins.draft(branchId, quarter)));
        denied(() -> outsider.call(() -> bulletins.draft(branchId, quarter)));
        assertEquals("starBulletin.quarterOnly", refused(() -> branchSecretary.call(() ->
                bulletins.draft(branchId, year + "-H1"))));

        StarBulletinView drafted = branchSecretary.call(() -> bulletins.draft(branchId, quarter));
        ProgressLine line = drafted.lines().stream().filter(l -> l.personId() == memberId).findFirst().orElseThrow();
        assertEquals(3, line.targetTotal());
        assertEquals(2, line.target().get(StarAspect.IDEOLOGY));
        assertTrue(line.pages().get(StarAspect.IDEOLOGY) >= 2, "the study pages count for ideology: " + line);
        int members = drafted.lines().size();

        MeetingRecord meeting = new MeetingRecord(LocalDate.now(), members, "联户走访次数偏少", "每月固定一天走访联系户",
                Map.of(memberId, "学习积极，联户服务需加强"));
        assertThrows(StarBookNotFoundException.class, () -> member.call(() -> bulletins.record(drafted.id(),
                drafted.version(), meeting)), "a member reads no draft of the branch: it is not there for them");
        denied(() -> committeeSecretary.call(() -> bulletins.record(drafted.id(), drafted.version(), meeting)));
        assertEquals("starBulletin.attendees", refused(() -> branchSecretary.call(() -> bulletins.record(drafted.id(),
                drafted.version(), new MeetingRecord(LocalDate.now(), members + 1, "", "", Map.of())))));
        StarBulletinView recorded = branchSecretary.call(() -> bulletins.record(drafted.id(), drafted.version(), meeting));
        denied(() -> leader.call(() -> bulletins.publish(recorded.id(), recorded.version())));
        StarBulletinView published = branchSecretary.call(() -> bulletins.publish(recorded.id(), recorded.version()));
        assertTrue(published.published());
        assertEquals("starBulletin.published", refused(() -> branchSecretary.call(() ->
                bulletins.record(published.id(), published.version(), meeting))));

        assertEquals(1, leader.call(() -> bulletins.ofUnit(branchId, year)).size());
        assertThrows(StarBookNotFoundException.class, () -> member.call(() -> bulletins.view(published.id())));
        assertThrows(StarBookNotFoundException.class, () -> outsider.call(() -> bulletins.view(published.id())));
        denied(() -> member.call(() -> bulletins.ofUnit(branchId, year)));

        String name = line.name();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        branchSecretary.call(() -> {
            report.writeBulletin(bulletins, bulletins.view(published.id()), ReportFormat.PDF, Locale.SIMPLIFIED_CHINESE,
                    pdf);
            return null;
        });
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains("农村党员星级通报"), text);
            assertTrue(text.contains(name), text);
            assertTrue(text.contains(published.unitName()), text);
            assertTrue(text.contains("★★·" + line.pages().get(StarAspect.IDEOLOGY) + "篇"), text);
            assertTrue(text.contains("★·0篇"), "one star aimed in liaison: " + text);
            assertTrue(text.contains("3/10"), text);
            assertTrue(text.contains("存在问题：联户走访次数偏少"), text);
            assertTrue(text.contains("学习积极，联户服务需加强"), text);
        }

        denied(() -> member.call(() -> bulletins.unitName(townshipId)));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        committeeSecretary.call(() -> {
            report.writeCollection(bulletins, townshipId, quarter, ReportFormat.XLSX, Locale.SIMPLIFIED_CHINESE, xlsx);
            return null;
        });
        String cells = VillageCategories.cells(xlsx.toByteArray());
        assertTrue(cells.contains(name + "|"), cells);
        assertTrue(cells.contains(published.unitName()), cells);
        assertTrue(cells.contains("★★ · "), cells);
    }

    @Test
    void membersDebriefTheBranchPreRatesWithinTheCapsAndTheTownshipReviews() {
        String half = member.call(() -> debriefings.currentHalf());
        DebriefingView saved = member.call(() -> debriefings.write(half, 0, "", "走访不够", false));
        assertEquals("debriefing.achievementsRequired", refused(() -> member.call(() ->
                debriefings.write(half, saved.version(), " ", "走访不够", true))));
        DebriefingView submitted = member.call(() -> debriefings.write(half, saved.version(), "带头清理村道六次",
                "走访不够", true));
        assertTrue(submitted.submitted());
        assertEquals("debriefing.submitted", refused(() -> member.call(() ->
                debriefings.write(half, submitted.version(), "改", "", false))));

        // Another member of the branch works away: a 6-star cap, and no target this year.
        long awayId = branchSecretary.call(() -> assessments.of(branchId, half)).lines().stream()
                .map(PreRatingLine::personId).filter(id -> id != memberId).findFirst()
                .orElseGet(() -> admin.call(() -> people.rows(new PersonSearch(null, null, null, null, true, 0, 500)))
                        .stream().filter(row -> row.unitName().equals(admin.call(() -> people.row(memberId)).unitName())
                                && row.id() != memberId).findFirst().orElseThrow().id());
        VillageCategories.place(admin, people, awayId, VillageCategory.WORKING_AWAY);

        PreAssessmentView opened = branchSecretary.call(() -> assessments.of(branchId, half));
        PreRatingLine mine = opened.lines().stream().filter(l -> l.personId() == memberId).findFirst().orElseThrow();
        assertTrue(mine.debriefed());
        assertEquals("带头清理村道六次", mine.achievements());
        assertTrue(opened.rates());
        assertFalse(committeeSecretary.call(() -> assessments.of(branchId, half)).rates());

        Map<StarAspect, Integer> seven = Map.of(StarAspect.IDEOLOGY, 2, StarAspect.LAW, 2, StarAspect.CUSTOMS, 2,
                StarAspect.LIAISON, 1);
        assertEquals("stars.aboveCap", refused(() -> branchSecretary.call(() ->
                assessments.rate(branchId, half, 0, awayId, seven, ""))));
        assertEquals("stars.aboveAspect", refused(() -> branchSecretary.call(() ->
                assessments.rate(branchId, half, 0, memberId, Map.of(StarAspect.POST, 3), ""))));
        denied(() -> member.call(() -> assessments.rate(branchId, half, 0, memberId, Map.of(StarAspect.LAW, 2), "")));
        denied(() -> leader.call(() -> assessments.rate(branchId, half, 0, memberId, Map.of(StarAspect.LAW, 2), "")));
        denied(() -> committeeSecretary.call(() -> assessments.rate(branchId, half, 0, memberId,
                Map.of(StarAspect.LAW, 2), "")));
        denied(() -> outsider.call(() -> assessments.of(branchId, half)));

        PreAssessmentView rated = branchSecretary.call(() -> assessments.rate(branchId, half, 0, memberId,
                Map.of(StarAspect.IDEOLOGY, 2, StarAspect.LAW, 2, StarAspect.POST, 1), "学习积极"));
        assertEquals(5, rated.lines().stream().filter(l -> l.personId() == memberId).findFirst().orElseThrow().total());
        assertEquals("preAssessment.reportRequired", refused(() -> branchSecretary.call(() ->
                assessments.submit(branchId, half, rated.version()))));
        PreAssessmentView reported = branchSecretary.call(() -> assessments.report(branchId, half, rated.version(),
                "上半年全村党员创星活动进展顺利"));
        assertEquals("preAssessment.unrated", refused(() -> branchSecretary.call(() ->
                assessments.submit(branchId, half, reported.version()))));
        PreAssessmentView all = reported;
        for (PreRatingLine line : reported.lines()) {
            if (!line.rated()) {
                long at = all.version();
                all = branchSecretary.call(() -> assessments.rate(branchId, half, at, line.personId(),
                        Map.of(StarAspect.LAW, 1), ""));
            }
        }
        long ready = all.version();
        denied(() -> committeeSecretary.call(() -> assessments.submit(branchId, half, ready)));
        PreAssessmentView sent = branchSecretary.call(() -> assessments.submit(branchId, half, ready));
        assertEquals(PreAssessmentState.SUBMITTED, sent.state());
        assertEquals("preAssessment.closed", refused(() -> branchSecretary.call(() ->
                assessments.rate(branchId, half, sent.version(), memberId, Map.of(StarAspect.LAW, 1), ""))));

        denied(() -> branchSecretary.call(() -> assessments.review(branchId, half, sent.version(), true, "")));
        denied(() -> member.call(() -> assessments.review(branchId, half, sent.version(), true, "")));
        denied(() -> leader.call(() -> assessments.review(branchId, half, sent.version(), true, "")));
        assertTrue(committeeSecretary.call(() -> assessments.of(branchId, half)).reviews());
        assertEquals(1, committeeSecretary.call(() -> assessments.under(townshipId, half)).size());
        assertEquals("preAssessment.reasonRequired", refused(() -> committeeSecretary.call(() ->
                assessments.review(branchId, half, sent.version(), false, ""))));
        PreAssessmentView back = committeeSecretary.call(() -> assessments.review(branchId, half, sent.version(),
                false, "请补充联户服务情况"));
        assertEquals(PreAssessmentState.DRAFT, back.state());
        PreAssessmentView again = branchSecretary.call(() -> assessments.submit(branchId, half, back.version()));
        PreAssessmentView accepted = committeeSecretary.call(() -> assessments.review(branchId, half, again.version(),
                true, ""));
        assertEquals(PreAssessmentState.REVIEWED, accepted.state());
        assertEquals("preAssessment.notSubmitted", refused(() -> committeeSecretary.call(() ->
                assessments.review(branchId, half, accepted.version(), true, ""))));
    }

}
