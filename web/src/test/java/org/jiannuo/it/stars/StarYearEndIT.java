package org.jiannuo.it.stars;

import static org.jiannuo.it.stars.StarYearDriver.line;
import static org.jiannuo.it.stars.StarYearDriver.stars;
import static org.jiannuo.it.stars.VillageCategories.denied;
import static org.jiannuo.it.stars.VillageCategories.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.ballot.CodeBallots;
import org.jiannuo.application.ballot.Occasions;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.application.stars.MyStarAppraisal;
import org.jiannuo.application.stars.StarAppraisalView;
import org.jiannuo.application.stars.StarAppraisalView.QuotaLine;
import org.jiannuo.application.stars.StarAppraisals;
import org.jiannuo.application.stars.StarRatingLine;
import org.jiannuo.domain.model.ballot.OccasionState;
import org.jiannuo.domain.model.stars.StarAppraisalState;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.StandardUsersTestBase;
import org.junit.jupiter.api.Test;

/**
 * The year-end "three appraisals, two publications" of a village through the services, each role's allowed and
 * refused actions: the branch secretary starts and moves it on, members assess themselves within their caps and vote
 * on the peer ballot, the masses fill in forms with codes; the committee rates beside every input within the caps and
 * the two 30% quotas (a branch with members of both caps), the township returns it with a reason and confirms it,
 * which publishes it; the member then sees their stars and the branch's, the township its villages'. A department
 * admin reviews too; another tenant finds nothing. A tenant of its own per run.
 */
class StarYearEndIT extends StandardUsersTestBase {

    private static final String TENANT = "it-stary-" + Long.toString(Math.floorMod(System.nanoTime(), 1_000_000_000L), 36);

    @EJB
    PeopleDirectory people;

    @EJB
    StarAppraisals appraisals;

    @EJB
    Occasions occasions;

    @EJB
    CodeBallots codeBallots;

    private final int year = LocalDate.now().getYear();

    @Test
    void theBranchAppraisesWithinCapsAndQuotasTheTownshipReviewsAndTheResultIsPublished() throws Exception {
        signInStandardUsers(TENANT, 67);
        long memberId = member.account().personId();
        long branchId = branchSecretary.account().scopeUnitId();
        long townshipId = committeeSecretary.account().scopeUnitId();
        StarYearDriver.placeBranch(admin, people, branchId, memberId);

        denied(() -> member.call(() -> appraisals.start(branchId, year)));
        denied(() -> leader.call(() -> appraisals.start(branchId, year)));
        denied(() -> committeeSecretary.call(() -> appraisals.start(branchId, year)));
        assertThrows(UnitNotFoundException.class, () -> otherTenantAdmin().call(() -> appraisals.start(branchId, year)));
        assertEquals("starAppraisal.yearNotBegun", refused(() -> branchSecretary.call(() ->
                appraisals.start(branchId, year + 1))));
        assertFalse(member.call(() -> appraisals.mine(year)).enrolled());

        StarAppraisalView started = branchSecretary.call(() -> appraisals.start(branchId, year));
        assertEquals(StarAppraisalState.SELF, started.state());
        assertEquals("starAppraisal.started", refused(() -> branchSecretary.call(() -> appraisals.start(branchId, year))));
        List<StarRatingLine> sixCap = started.lines().stream().filter(l -> l.cap() == 6).toList();
        List<StarRatingLine> tenCap = started.lines().stream().filter(l -> l.cap() == 10).toList();
        assertFalse(sixCap.isEmpty(), "the branch has members of both caps: " + started.lines());
        assertTrue(tenCap.size() >= 2, "the branch has members of both caps: " + started.lines());

        // The members assess themselves, each within their cap; nobody else does it for them.
        assertEquals("stars.aboveAspect", refused(() -> member.call(() -> appraisals.assessSelf(year,
                Map.of(StarAspect.POST, 3)))));
        MyStarAppraisal assessed = member.call(() -> appraisals.assessSelf(year, stars(9)));
        assertTrue(assessed.selfAssessed());
        assertEquals(9, assessed.selfTotal());
        long awayId = sixCap.get(0).personId();
        AsUser away = AsUser.member(member.account(), awayId, branchId);
        assertEquals("stars.aboveCap", refused(() -> away.call(() -> appraisals.assessSelf(year, stars(7)))));
        assertEquals(6, away.call(() -> appraisals.assessSelf(year, stars(6))).selfTotal());

        denied(() -> member.call(() -> appraisals.advance(branchId, year, started.version())));
        denied(() -> committeeSecretary.call(() -> appraisals.advance(branchId, year, started.version())));
        assertEquals("starAppraisal.wrongStep", refused(() -> branchSecretary.call(() ->
                appraisals.rate(branchId, year, memberId, stars(5), ""))));
        StarAppraisalView peer = branchSecretary.call(() -> appraisals.advance(branchId, year, started.version()));
        assertEquals(OccasionState.OPEN, peer.peerState());
        assertEquals("starAppraisal.wrongStep", refused(() -> member.call(() -> appraisals.assessSelf(year, stars(1)))));
        assertEquals("occasion.noCodes", refused(() -> branchSecretary.call(() ->
                appraisals.advance(branchId, year, peer.version()))), "the masses' codes are issued first");

        StarYearDriver driver = new StarYearDriver(appraisals, occasions, codeBallots);
        StarAppraisalView rating = driver.toRating(TENANT, branchSecretary, member, peer,
                (batch, codes) -> batch.run());
        assertEquals(StarAppraisalState.RATING, rating.state());
        assertEquals(OccasionState.CLOSED, rating.massState());
        StarRatingLine mine = line(rating, memberId);
        assertEquals(9, mine.selfTotal(), "the self-assessment is shown beside the rating");
        assertEquals(started.lines().size(), mine.peer().get("GOOD"), "the peer counts beside it: " + mine);
        assertEquals(started.lines().size(), mine.mass().get("SATISFIED"), "the mass counts beside it: " + mine);

        // The committee rates: a 6-cap member gets no 7 stars; nobody but the branch rates.
        assertEquals("stars.aboveCap", refused(() -> branchSecretary.call(() ->
                appraisals.rate(branchId, year, awayId, stars(7), ""))));
        denied(() -> committeeSecretary.call(() -> appraisals.rate(branchId, year, memberId, stars(5), "")));
        denied(() -> member.call(() -> appraisals.rate(branchId, year, memberId, stars(10), "")));
        denied(() -> leader.call(() -> appraisals.rate(branchId, year, memberId, stars(5), "")));

        // Both quotas: one more than each allows at the threshold, refused; then within them.
        QuotaLine ten = rating.quotas().get(0);
        QuotaLine six = rating.quotas().get(1);
        assertEquals(List.of(10, 9, 30, tenCap.size(), tenCap.size() * 30 / 100), List.of(ten.cap(), ten.threshold(),
                ten.percent(), ten.members(), ten.limit()));
        assertEquals(List.of(6, 5, 30, sixCap.size(), sixCap.size() * 30 / 100), List.of(six.cap(), six.threshold(),
                six.percent(), six.members(), six.limit()));
        StarAppraisalView over = driver.rateAll(branchSecretary, rating, l -> {
            List<StarRatingLine> group = l.cap() == 10 ? tenCap : sixCap;
            int limit = l.cap() == 10 ? ten.limit() : six.limit();
            boolean high = group.indexOf(group.stream().filter(g -> g.personId() == l.personId()).findFirst()
                    .orElseThrow()) <= limit;
            return stars(high ? (l.cap() == 10 ? 9 : 5) : (l.cap() == 10 ? 8 : 4));
        });
        assertTrue(over.quotas().stream().allMatch(QuotaLine::over), "one over each quota: " + over.quotas());
        assertEquals("starAppraisal.overQuota", refused(() -> branchSecretary.call(() ->
                appraisals.submit(branchId, year, over.version()))));
        StarRatingLine lastHighTen = tenCap.get(ten.limit());
        StarRatingLine lastHighSix = sixCap.get(six.limit());
        branchSecretary.call(() -> appraisals.rate(branchId, year, lastHighTen.personId(), stars(8), "名额所限"));
        StarAppraisalView within = branchSecretary.call(() -> appraisals.rate(branchId, year,
                lastHighSix.personId(), stars(4), "名额所限"));
        assertTrue(within.quotas().stream().noneMatch(QuotaLine::over), within.quotas().toString());
        denied(() -> committeeSecretary.call(() -> appraisals.submit(branchId, year, within.version())));
        StarAppraisalView submitted = branchSecretary.call(() -> appraisals.submit(branchId, year, within.version()));
        assertEquals(StarAppraisalState.FIRST_REVIEW, submitted.state());
        assertFalse(submitted.runs());
        assertTrue(committeeSecretary.call(() -> appraisals.of(branchId, year)).reviews());
        assertTrue(admin.call(() -> appraisals.of(branchId, year)).reviews(), "the department reviews too");

        // The township's first review: returned with a reason, rated again, confirmed.
        denied(() -> branchSecretary.call(() -> appraisals.review(branchId, year, submitted.version(), true, "")));
        denied(() -> member.call(() -> appraisals.review(branchId, year, submitted.version(), true, "")));
        assertEquals("starAppraisal.reasonRequired", refused(() -> committeeSecretary.call(() ->
                appraisals.review(branchId, year, submitted.version(), false, " "))));
        StarAppraisalView returned = committeeSecretary.call(() -> appraisals.review(branchId, year,
                submitted.version(), false, "请补充联户服务记录后再评"));
        assertEquals(StarAppraisalState.RATING, returned.state());
        assertEquals("请补充联户服务记录后再评", returned.returnedReason());
        branchSecretary.call(() -> appraisals.rate(branchId, year, memberId, stars(8), "联户服务记录已补充"));
        StarAppraisalView again = branchSecretary.call(() -> appraisals.submit(branchId, year,
                branchSecretary.call(() -> appraisals.of(branchId, year)).version()));
        assertThrows(UnitNotFoundException.class, () -> otherTenantAdmin().call(() ->
                appraisals.review(branchId, year, again.version(), true, "")));
        StarAppraisalView published = committeeSecretary.call(() -> appraisals.review(branchId, year, again.version(),
                true, ""));
        assertEquals(StarAppraisalState.PUBLISHED, published.state());
        assertEquals(LocalDate.now(), published.publishedOn());
        assertTrue(published.publicityEnds().isAfter(published.publishedOn()), "the board's publicity period");
        assertEquals("starAppraisal.wrongStep", refused(() -> branchSecretary.call(() ->
                appraisals.rate(branchId, year, memberId, stars(1), ""))));

        // The two publications: the member sees their stars and the branch's; the township its villages'.
        MyStarAppraisal result = member.call(() -> appraisals.mine(year));
        assertTrue(result.published());
        assertEquals(8, result.total());
        assertEquals(started.lines().size(), result.branch().size());
        assertTrue(committeeSecretary.call(() -> appraisals.publishedUnder(townshipId, year)).stream()
                .anyMatch(p -> p.name().equals(mine.name()) && p.total() == 8));
        denied(() -> member.call(() -> appraisals.publishedUnder(townshipId, year)));
        denied(() -> member.call(() -> appraisals.of(branchId, year)));
        assertEquals(StarAppraisalState.PUBLISHED, leader.call(() -> appraisals.of(branchId, year)).state());
        assertThrows(UnitNotFoundException.class, () -> otherTenantAdmin().call(() -> appraisals.of(branchId, year)));
    }
}
