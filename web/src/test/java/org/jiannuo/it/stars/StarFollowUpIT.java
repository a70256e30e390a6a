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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.application.people.PersonNotFoundException;
import org.jiannuo.application.people.PersonRow;
import org.jiannuo.application.people.PersonSearch;
import org.jiannuo.application.stars.FollowUpLine;
import org.jiannuo.application.stars.FollowUpView;
import org.jiannuo.application.stars.HelpView;
import org.jiannuo.application.stars.StarBookNotFoundException;
import org.jiannuo.application.stars.StarFollowUps;
import org.jiannuo.application.stars.StarLists;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.stars.FollowUpThresholds;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.infrastructure.generator.StarYearGenerator;
import org.jiannuo.interfaces.report.StarCommendationCertificate;
import org.jiannuo.interfaces.report.StarListReport;
import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.StandardUsersTestBase;
import org.jiannuo.reports.ReportFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The use of the year-end star results (issue 15, points 9 and 10) on published ratings of two villages of one
 * township: the thresholds place members (commended from 9 under the 10-cap, lagging at 3 or fewer, at 2 or fewer
 * under the 6-cap), the township marks reserve cadres among the commended only, the branch pairs each lagging
 * member with a best-star member of the same branch only, help is recorded by the branch or the helper; each role's
 * allowed and refused actions; the year-end star list of the village and of the township, and the certificates, as
 * PDF text. A tenant of its own per run.
 */
class StarFollowUpIT extends StandardUsersTestBase {

    private static final String TENANT = "it-starf-" + Long.toString(Math.floorMod(System.nanoTime(), 1_000_000_000L), 36);
    private static final Map<StarAspect, Integer> TEN = stars(2, 2, 2, 2, 2);
    private static final Map<StarAspect, Integer> NINE = stars(2, 2, 2, 2, 1);
    private static final Map<StarAspect, Integer> SIX = stars(2, 2, 1, 1, 0);
    private static final Map<StarAspect, Integer> THREE = stars(1, 1, 1, 0, 0);
    private static final Map<StarAspect, Integer> TWO = stars(1, 1, 0, 0, 0);

    @EJB
    PeopleDirectory people;

    @EJB
    StarYearGenerator generator;

    @EJB
    StarFollowUps followUps;

    @EJB
    StarLists lists;

    @Inject
    StarListReport listReport;

    @Inject
    StarCommendationCertificate certificate;

    private final int year = LocalDate.now().getYear();
    private long memberId;
    private long branchId;
    private long townshipId;
    /**
     * The member's branch (a small one: the fixture's branches have about ten people): best (10), lagging (3), away
     * (6-cap, 2), the member (2), the others 6; one of at least four under the 10-cap may have 9 or more.
     */
    private PersonRow best;
    private PersonRow lagging;
    private PersonRow away;
    /** The other village of the township: its best (9). */
    private PersonRow otherBest;

    @BeforeEach
    void publishedStarsOfTwoVillages() throws Exception {
        signInStandardUsers(TENANT, 63);
        memberId = member.account().personId();
        branchId = branchSecretary.account().scopeUnitId();
        townshipId = committeeSecretary.account().scopeUnitId();
        String branchName = admin.call(() -> people.row(memberId)).unitName();
        List<PersonRow> township = admin.call(() -> people.rows(new PersonSearch(null, townshipId, null, null, true,
                0, 500))).stream().filter(row -> row.partyStatus() == PartyStatus.FULL_MEMBER
                        || row.partyStatus() == PartyStatus.PROBATIONARY_MEMBER).toList();
        List<PersonRow> branch = township.stream().filter(row -> row.unitName().equals(branchName)
                && row.id() != memberId).toList();
        best = branch.get(0);
        lagging = branch.get(1);
        away = branch.get(2);
        String otherName = township.stream().map(PersonRow::unitName).filter(name -> !name.equals(branchName))
                .findFirst().orElseThrow();
        List<PersonRow> other = township.stream().filter(row -> row.unitName().equals(otherName)).toList();
        otherBest = other.get(0);
        if (!admin.call(() -> followUps.of(branchId, year)).lines().isEmpty()) {
            return;
        }
        Map<Long, Map<StarAspect, Integer>> given = new LinkedHashMap<>();
        given.put(best.id(), TEN);
        given.put(lagging.id(), THREE);
        given.put(away.id(), TWO);
        given.put(memberId, TWO);
        branch.subList(3, branch.size()).forEach(row -> given.put(row.id(), SIX));
        given.keySet().forEach(id -> VillageCategories.place(admin, people, id,
                id == away.id() ? VillageCategory.WORKING_AWAY : VillageCategory.FARMING_IN_VILLAGE));
        admin.call(() -> {
            generator.publishAppraisal(year, LocalDate.now(), given);
            return null;
        });
        Map<Long, Map<StarAspect, Integer>> otherGiven = new LinkedHashMap<>();
        otherGiven.put(otherBest.id(), NINE);
        other.subList(1, 4).forEach(row -> otherGiven.put(row.id(), SIX));
        otherGiven.keySet().forEach(id -> VillageCategories.place(admin, people, id, VillageCategory.FARMING_IN_VILLAGE));
        admin.call(() -> {
            generator.publishAppraisal(year, LocalDate.now(), otherGiven);
            return null;
        });
    }

    @Test
    void theThresholdsPlaceTheMembersAndOnlyTheDepartmentSetsThem() {
        FollowUpView view = branchSecretary.call(() -> followUps.of(branchId, year));
        assertEquals(List.of(best.id()), ids(view.commended()));
        assertEquals(List.of(lagging.id(), away.id(), memberId).stream().sorted().toList(),
                ids(view.lagging()).stream().sorted().toList(), "3 of 10 and 2 of 6 are lagging, 6 of 10 is not");
        assertTrue(view.pairs());
        assertFalse(view.marksReserve());
        assertTrue(committeeSecretary.call(() -> followUps.of(branchId, year)).marksReserve());
        assertEquals(List.of(best.id(), otherBest.id()).stream().sorted().toList(),
                ids(committeeSecretary.call(() -> followUps.of(townshipId, year)).commended()).stream().sorted().toList());

        FollowUpThresholds stricter = new FollowUpThresholds(10, 5, 2, 2);
        denied(() -> branchSecretary.call(() -> followUps.changeThresholds(stricter)));
        denied(() -> committeeSecretary.call(() -> followUps.changeThresholds(stricter)));
        denied(() -> member.call(() -> followUps.changeThresholds(stricter)));
        assertEquals("starFollowUp.laggingRange", refused(() -> admin.call(() ->
                followUps.changeThresholds(new FollowUpThresholds(9, 5, 9, 2)))));
        assertEquals("starFollowUp.commendRange", refused(() -> admin.call(() ->
                followUps.changeThresholds(new FollowUpThresholds(11, 5, 3, 2)))));
        try {
            admin.call(() -> followUps.changeThresholds(stricter));
            FollowUpView stricterView = branchSecretary.call(() -> followUps.of(branchId, year));
            assertEquals(List.of(best.id()), ids(stricterView.commended()), "10 of 10 is commended still");
            assertFalse(ids(stricterView.lagging()).contains(lagging.id()), "3 of 10 is lagging no more");
            assertFalse(ids(committeeSecretary.call(() -> followUps.of(townshipId, year)).commended())
                    .contains(otherBest.id()), "9 of 10 is commended no more");
        } finally {
            admin.call(() -> followUps.changeThresholds(new FollowUpThresholds(9, 5, 3, 2)));
        }
        denied(() -> member.call(() -> followUps.of(branchId, year)));
        assertThrows(PersonNotFoundException.class, () -> otherTenantAdmin().call(() ->
                followUps.pair(memberId, year, best.id())), "another tenant's admin finds nobody here");
    }

    @Test
    void theTownshipMarksReserveCadresAndTheBranchPairsTheLaggingWithItsBestStarMembers() {
        denied(() -> branchSecretary.call(() -> { followUps.markReserve(best.id(), year, ""); return null; }));
        denied(() -> member.call(() -> { followUps.markReserve(best.id(), year, ""); return null; }));
        denied(() -> leader.call(() -> { followUps.markReserve(best.id(), year, ""); return null; }));
        assertEquals("starFollowUp.reserveNotCommended", refused(() -> committeeSecretary.call(() -> {
            followUps.markReserve(lagging.id(), year, "");
            return null;
        })));
        admin.call(() -> { followUps.markReserve(best.id(), year, ""); return null; });
        committeeSecretary.call(() -> { followUps.withdrawReserve(best.id(), year); return null; });
        assertFalse(line(branchSecretary.call(() -> followUps.of(branchId, year)), best.id()).reserve());
        committeeSecretary.call(() -> { followUps.markReserve(best.id(), year, "带头致富能手"); return null; });
        FollowUpView marked = branchSecretary.call(() -> followUps.of(branchId, year));
        assertTrue(line(marked, best.id()).reserve());
        assertEquals("带头致富能手", line(marked, best.id()).reserveNote());

        assertEquals("starFollowUp.helperNotBest", refused(() -> branchSecretary.call(() ->
                followUps.pair(memberId, year, lagging.id()))));
        assertEquals("starFollowUp.helperOtherBranch", refused(() -> branchSecretary.call(() ->
                followUps.pair(memberId, year, otherBest.id()))));
        assertEquals("starFollowUp.notLagging", refused(() -> branchSecretary.call(() ->
                followUps.pair(best.id(), year, best.id()))));
        denied(() -> committeeSecretary.call(() -> followUps.pair(memberId, year, best.id())));
        denied(() -> member.call(() -> followUps.pair(memberId, year, best.id())));
        denied(() -> leader.call(() -> followUps.pair(memberId, year, best.id())));
        long pairing = branchSecretary.call(() -> followUps.pair(memberId, year, best.id()));
        assertEquals(pairing, (long) admin.call(() -> followUps.pair(memberId, year, best.id())),
                "the department pairs too, the same pairing");
        assertEquals(best.name(), line(branchSecretary.call(() -> followUps.of(branchId, year)), memberId)
                .helperName());

        AsUser helper = AsUser.member(member.account(), best.id(), branchId);
        LocalDate today = LocalDate.now();
        HelpView visited = helper.call(() -> followUps.recordHelp(pairing, today, "上门谈心，讲解党章"));
        assertEquals(best.name(), visited.helperName());
        branchSecretary.call(() -> followUps.recordHelp(pairing, today, "支部书记谈话提醒"));
        assertThrows(StarBookNotFoundException.class, () -> member.call(() ->
                followUps.recordHelp(pairing, today, "自己记的")), "the lagging member does not see the pairing");
        assertThrows(StarBookNotFoundException.class, () -> AsUser.member(member.account(), lagging.id(), branchId)
                .call(() -> followUps.recordHelp(pairing, today, "不是帮扶人")));
        assertEquals("starFollowUp.helpDay", refused(() -> helper.call(() ->
                followUps.recordHelp(pairing, today.minusDays(1), "结对之前"))));
        assertEquals("starFollowUp.helpEmpty", refused(() -> helper.call(() ->
                followUps.recordHelp(pairing, today, " "))));
        assertEquals(2, helper.call(() -> followUps.help(pairing)).size());
        assertThrows(StarBookNotFoundException.class, () -> otherTenantAdmin().call(() -> followUps.help(pairing)));
    }

    @Test
    void theStarListsOfTheVillageAndTheTownshipAndTheCertificatesNameTheMembersAndTheirStars() throws Exception {
        String village = pdf(branchSecretary, branchId);
        assertTrue(village.contains(year + "年度农村党员星级名单"), village);
        assertTrue(village.contains(best.name()) && village.contains("10/10"), village);
        assertTrue(village.contains(lagging.name()) && village.contains("3/10"), village);
        assertTrue(village.contains(away.name()) && village.contains("2/6"), village);
        assertTrue(village.contains("★★"), village);
        int rated = branchSecretary.call(() -> followUps.of(branchId, year)).lines().size();
        assertTrue(village.contains("本支部" + rated + "人，“七一”表彰1人，后进3人"), village);
        assertTrue(village.contains("“七一”表彰") && village.contains("后进·"), village);
        assertFalse(village.contains(otherBest.name()), village);

        String township = pdf(committeeSecretary, townshipId);
        assertTrue(township.contains(best.name()) && township.contains(otherBest.name()), township);
        assertTrue(township.contains("本支部4人，“七一”表彰1人，后进0人"), township);
        String read = pdf(leader, townshipId);
        assertTrue(read.contains(otherBest.name()), "a leader reads the list");
        denied(() -> member.call(() -> lists.unitName(branchId)));

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        committeeSecretary.call(() -> {
            listReport.write(lists, townshipId, year, ReportFormat.XLSX, Locale.SIMPLIFIED_CHINESE, xlsx);
            return null;
        });
        String cells = VillageCategories.cells(xlsx.toByteArray());
        assertTrue(cells.contains(otherBest.name() + "|"), cells);
        assertTrue(cells.contains("★★|"), cells);

        ByteArrayOutputStream certificates = new ByteArrayOutputStream();
        committeeSecretary.call(() -> {
            certificate.write(followUps.certificates(townshipId, year), Locale.SIMPLIFIED_CHINESE, certificates);
            return null;
        });
        try (PDDocument document = Loader.loadPDF(certificates.toByteArray())) {
            assertEquals(2, document.getNumberOfPages(), "one certificate per commended member");
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains(best.name() + "同志") && text.contains("评定为10星级党员"), text);
            assertTrue(text.contains("★★★★★★★★★"), text);
        }
        denied(() -> member.call(() -> followUps.certificates(branchId, year)));
    }

    private String pdf(AsUser user, long unitId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        user.call(() -> {
            listReport.write(lists, unitId, year, ReportFormat.PDF, Locale.SIMPLIFIED_CHINESE, out);
            return null;
        });
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FollowUpLine line(FollowUpView view, long personId) {
        return view.lines().stream().filter(line -> line.personId() == personId).findFirst().orElseThrow();
    }

    private static List<Long> ids(List<FollowUpLine> lines) {
        return lines.stream().map(FollowUpLine::personId).toList();
    }

    private static Map<StarAspect, Integer> stars(int ideology, int law, int customs, int liaison, int post) {
        return Map.of(StarAspect.IDEOLOGY, ideology, StarAspect.LAW, law, StarAspect.CUSTOMS, customs,
                StarAspect.LIAISON, liaison, StarAspect.POST, post);
    }
}
