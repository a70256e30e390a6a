package org.jiannuo.it.stars;

import static org.jiannuo.it.stars.VillageCategories.denied;
import static org.jiannuo.it.stars.VillageCategories.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.jiannuo.application.publicity.BoardAddress;
import org.jiannuo.application.publicity.BoardAddresses;
import org.jiannuo.application.publicity.BoardStarTarget;
import org.jiannuo.application.publicity.PublicBoard;
import org.jiannuo.application.stars.DutyPosts;
import org.jiannuo.application.stars.HouseholdView;
import org.jiannuo.application.stars.Households;
import org.jiannuo.application.stars.LogEntryView;
import org.jiannuo.application.stars.LogPage;
import org.jiannuo.application.stars.MemberStarLine;
import org.jiannuo.application.stars.PostOption;
import org.jiannuo.application.stars.StarLetter;
import org.jiannuo.application.stars.StarLogBook;
import org.jiannuo.application.stars.StarRulesBook;
import org.jiannuo.application.stars.StarTargets;
import org.jiannuo.application.stars.TargetView;
import org.jiannuo.domain.model.fulfilment.Upload;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.stars.BasicPost;
import org.jiannuo.domain.model.stars.LogEntryKind;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.domain.model.stars.StarSettings;
import org.jiannuo.domain.model.stars.StarSettings.CategoryCap;
import org.jiannuo.interfaces.report.StarLetterReport;
import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.StandardUsersTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Village star management through the services, each role's allowed and refused actions: the department's rules,
 * a member's target and its letter signed by the branch secretary, households and 1+2, township posts and claims,
 * the log book with a photo. Each run has a tenant of its own.
 */
class StarsIT extends StandardUsersTestBase {

    private static final String TENANT = "it-stars-" + Long.toString(Math.floorMod(System.nanoTime(), 1_000_000_000L), 36);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    private static final Map<StarAspect, Integer> TEN = Map.of(StarAspect.IDEOLOGY, 2, StarAspect.LAW, 2,
            StarAspect.CUSTOMS, 2, StarAspect.LIAISON, 2, StarAspect.POST, 2);

    @EJB
    PeopleDirectory people;

    @EJB
    StarRulesBook rules;

    @EJB
    StarTargets targets;

    @EJB
    Households households;

    @EJB
    DutyPosts posts;

    @EJB
    StarLogBook logBook;

    @EJB
    BoardAddresses addresses;

    @EJB
    PublicBoard publicBoard;

    @Inject
    StarLetterReport letterReport;

    private final int year = LocalDate.now().getYear();
    private long memberId;
    private long branchId;
    private AsUser outsider;

    @BeforeEach
    void villageMember() throws Exception {
        signInStandardUsers(TENANT, 47);
        memberId = member.account().personId();
        branchId = branchSecretary.account().scopeUnitId();
        VillageCategories.place(admin, people, memberId, VillageCategory.FARMING_IN_VILLAGE);
        String branchName = admin.call(() -> people.row(memberId)).unitName();
        PersonRow other = admin.call(() -> people.rows(new PersonSearch(null, null, null, null, true, 0, 500)))
                .stream().filter(row -> !row.unitName().equals(branchName)).findFirst().orElseThrow();
        outsider = AsUser.member(member.account(), other.id(), -1);
    }

    @Test
    void onlyTheDepartmentSetsTheCapsAndASixCapMemberIsHeldToSix() {
        int later = year + 1;
        denied(() -> leader.call(() -> rules.change(rules.get())));
        denied(() -> branchSecretary.call(() -> rules.change(rules.get())));
        denied(() -> committeeSecretary.call(() -> rules.change(rules.get())));
        StarSettings changed = admin.call(() -> rules.change(new StarSettings(
                List.of(new CategoryCap(VillageCategory.FARMING_IN_VILLAGE, 8)), List.of(), 1, 2, List.of())));
        assertEquals(8, changed.caps().stream().filter(c -> c.category() == VillageCategory.FARMING_IN_VILLAGE)
                .findFirst().orElseThrow().cap());
        assertEquals("stars.aboveCap", refused(() -> member.call(() -> targets.aim(memberId, later, 0, TEN, ""))));
        admin.call(() -> rules.change(new StarSettings(
                List.of(new CategoryCap(VillageCategory.FARMING_IN_VILLAGE, 10)), List.of(), 1, 2, List.of())));

        VillageCategories.place(admin, people, memberId, VillageCategory.WORKING_AWAY);
        TargetView six = member.call(() -> targets.own(later));
        assertEquals(6, six.cap());
        assertEquals("stars.aboveCap", refused(() -> member.call(() -> targets.aim(memberId, later, 0,
                Map.of(StarAspect.IDEOLOGY, 2, StarAspect.LAW, 2, StarAspect.CUSTOMS, 2, StarAspect.POST, 1), ""))));
        assertEquals(6, member.call(() -> targets.aim(memberId, later, 0,
                Map.of(StarAspect.IDEOLOGY, 2, StarAspect.LAW, 2, StarAspect.CUSTOMS, 2), "")).total());
    }

    @Test
    void theMemberAimsClaimsAndTheSecretarySignsTheLetter() throws Exception {
        // A year of its own: the other tests claim posts this year.
        int signedYear = year + 2;
        assertEquals("stars.aboveAspect", refused(() -> member.call(() -> targets.aim(memberId, signedYear, 0,
                Map.of(StarAspect.POST, 3), ""))));
        TargetView aimed = member.call(() -> targets.aim(memberId, signedYear, 0, TEN, "每月走访联系户两次"));
        assertEquals(10, aimed.total());
        denied(() -> outsider.call(() -> targets.aim(memberId, signedYear, aimed.version(), TEN, "")));
        denied(() -> leader.call(() -> targets.aim(memberId, signedYear, aimed.version(), TEN, "")));

        assertEquals("stars.postRequired", refused(() -> branchSecretary.call(() ->
                targets.sign(memberId, signedYear, aimed.version()))));
        member.call(() -> posts.claim(memberId, signedYear, BasicPost.TECHNOLOGY_DEMONSTRATION, null, "推广大棚蔬菜种植"));
        denied(() -> member.call(() -> targets.sign(memberId, signedYear, aimed.version())));
        denied(() -> leader.call(() -> targets.sign(memberId, signedYear, aimed.version())));
        denied(() -> outsider.call(() -> targets.letter(memberId, signedYear)));
        TargetView signed = branchSecretary.call(() -> targets.sign(memberId, signedYear, aimed.version()));
        assertTrue(signed.signed());
        assertEquals("stars.targetSigned", refused(() -> member.call(() ->
                targets.aim(memberId, signedYear, signed.version(), TEN, ""))));

        BoardAddress address = member.call(() -> addresses.mine());
        BoardStarTarget posted = publicBoard.person(address.tenantKey(), address.personKey(), signedYear).starTarget();
        assertEquals(10, posted.total(), "the signed target is posted on the member's board");
        assertEquals("★★★★★★★★★★", posted.drawn());
        assertEquals(2, posted.aspects().get(0).stars());
        assertNull(publicBoard.person(address.tenantKey(), address.personKey(), year + 1).starTarget(),
                "an unsigned target is not posted");

        List<MemberStarLine> book = leader.call(() -> targets.ofUnit(branchId, signedYear));
        MemberStarLine line = book.stream().filter(l -> l.personId() == memberId).findFirst().orElseThrow();
        assertTrue(line.signed());
        assertEquals(1, line.posts());
        denied(() -> member.call(() -> targets.ofUnit(branchId, signedYear)));
        assertEquals(1, committeeSecretary.call(() -> targets.ofUnit(branchId, signedYear)).stream()
                .filter(l -> l.personId() == memberId).count(), "the township reads its villages");

        StarLetter letter = member.call(() -> targets.letter(memberId, signedYear));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        letterReport.write(letter, Locale.SIMPLIFIED_CHINESE, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains(letter.memberName()), text);
            assertTrue(text.contains(letter.unitName()), text);
            assertTrue(text.contains("思想政治") && text.contains("岗位奉献"), text);
            assertTrue(text.contains("目标：10星★★★★★★★★★★"), text);
            assertTrue(text.contains("科技示范岗：推广大棚蔬菜种植"), text);
            assertTrue(text.contains("每月走访联系户两次"), text);
            assertTrue(text.contains("签订日期：" + LocalDate.now()), text);
        }
    }

    @Test
    void theBranchKeepsHouseholdsUnderOnePlusTwo() {
        assertFalse(leader.call(() -> targets.ofUnit(branchId, year)).stream().filter(l -> l.personId() == memberId)
                .findFirst().orElseThrow().liaisonMet(), "an able member with no household falls short of 1+2");
        denied(() -> member.call(() -> households.add(branchId, "李大山", "东岭村三组 12 号", "13800000001")));
        denied(() -> leader.call(() -> households.add(branchId, "李大山", "东岭村三组 12 号", "13800000001")));
        List<HouseholdView> added = List.of(
                branchSecretary.call(() -> households.add(branchId, "李大山", "东岭村三组 12 号", "13800000001")),
                branchSecretary.call(() -> households.add(branchId, "赵春花", "东岭村三组 15 号", null)),
                branchSecretary.call(() -> households.add(branchId, "孙德才", "东岭村四组 2 号", "0535-6612345")));
        assertEquals("stars.householdPhone", refused(() -> branchSecretary.call(() ->
                households.add(branchId, "钱多", "东岭村", "12345"))));
        denied(() -> member.call(() -> {
            households.link(memberId, added.get(0).id());
            return null;
        }));
        branchSecretary.call(() -> {
            households.link(memberId, added.get(0).id());
            households.link(memberId, added.get(1).id());
            return null;
        });
        assertEquals("stars.liaisonFull", refused(() -> branchSecretary.call(() -> {
            households.link(memberId, added.get(2).id());
            return null;
        })));
        assertEquals(List.of("孙德才"), leader.call(() -> households.withoutLiaison(branchId)).stream()
                .map(HouseholdView::head).toList());
        assertTrue(leader.call(() -> households.ofUnit(branchId)).stream().allMatch(h -> h.phone().isEmpty()),
                "the phones are the village keepers' and the liaisons' to read");
        assertTrue(branchSecretary.call(() -> households.ofUnit(branchId)).stream()
                .anyMatch(h -> h.phone().equals("13800000001")));
        assertEquals(2, member.call(() -> households.own()).size());
        denied(() -> outsider.call(() -> households.ofUnit(branchId)));
        assertTrue(leader.call(() -> targets.ofUnit(branchId, year)).stream()
                .filter(l -> l.personId() == memberId).findFirst().orElseThrow().liaisonMet());

        LogEntryView visit = member.call(() -> logBook.write(memberId, new LogPage(LocalDate.now(),
                LogEntryKind.HOUSEHOLD_SERVICE, "帮李大山联系农技站看病虫害", added.get(0).id(), null),
                List.of(new Upload("visit.png", PNG))));
        assertEquals("李大山", visit.householdHead());
        assertEquals(1, visit.photos().size());
        assertEquals("stars.householdNotKept", refused(() -> member.call(() -> logBook.write(memberId, new LogPage(
                LocalDate.now(), LogEntryKind.HOUSEHOLD_SERVICE, "走访", added.get(2).id(), null), List.of()))));
        assertEquals("stars.photoOnly", refused(() -> member.call(() -> logBook.write(memberId, new LogPage(
                LocalDate.now(), LogEntryKind.STUDY, "学习党章", null, null),
                List.of(new Upload("notes.pdf", "%PDF-1.4 x".getBytes()))))));
        assertEquals("stars.logFuture", refused(() -> member.call(() -> logBook.write(memberId, new LogPage(
                LocalDate.now().plusDays(1), LogEntryKind.STUDY, "学习党章", null, null), List.of()))));
        denied(() -> outsider.call(() -> logBook.write(memberId, new LogPage(LocalDate.now(), LogEntryKind.STUDY,
                "学习党章", null, null), List.of())));
        denied(() -> leader.call(() -> logBook.write(memberId, new LogPage(LocalDate.now(), LogEntryKind.STUDY,
                "学习党章", null, null), List.of())));
        assertEquals(1, leader.call(() -> logBook.of(memberId, year)).stream()
                .filter(entry -> entry.kind() == LogEntryKind.HOUSEHOLD_SERVICE).count());
        denied(() -> outsider.call(() -> logBook.of(memberId, year)));
        assertEquals("image/png", branchSecretary.call(() -> logBook.photo(visit.photos().get(0).id())).mediaType());
    }

    @Test
    void theTownshipDefinesPostsItsVillagesClaim() {
        long township = committeeSecretary.account().scopeUnitId();
        denied(() -> branchSecretary.call(() -> posts.define(township, "环境整治岗", "带头清理房前屋后")));
        denied(() -> member.call(() -> posts.define(township, "环境整治岗", "带头清理房前屋后")));
        denied(() -> committeeSecretary.call(() -> posts.define(null, "环境整治岗", "")));
        PostOption defined = committeeSecretary.call(() -> posts.define(township, "环境整治岗", "带头清理房前屋后"));
        List<PostOption> offered = member.call(() -> posts.offeredTo(memberId));
        assertEquals(BasicPost.values().length + 1, offered.size());
        assertTrue(offered.stream().anyMatch(o -> defined.dutyPostId().equals(o.dutyPostId())));
        member.call(() -> posts.claim(memberId, year, null, defined.dutyPostId(), "每周清理一次村道"));
        assertEquals("环境整治岗", member.call(() -> posts.claimsOf(memberId, year)).get(0).postName());
        LogEntryView duty = member.call(() -> logBook.write(memberId, new LogPage(LocalDate.now(),
                LogEntryKind.POST_DUTY, "清理村道垃圾", null,
                member.call(() -> posts.claimsOf(memberId, year)).get(0).id()), List.of()));
        assertEquals("环境整治岗", duty.postName());
        denied(() -> outsider.call(() -> posts.claim(memberId, year, BasicPost.STABILITY_MEDIATION, null, "调解")));
    }

}
