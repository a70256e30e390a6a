package org.jiannuo.domain.model.stars;

import static org.jiannuo.domain.model.shared.DomainFixtures.assertRefused;
import static org.jiannuo.domain.model.shared.DomainFixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jiannuo.domain.model.appraisal.GradeStanding;
import org.jiannuo.domain.model.ballot.OccasionState;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.publicity.ObjectionStatus;
import org.jiannuo.domain.model.publicity.PublicityPeriod;
import org.jiannuo.domain.model.publicity.PublicityRules;
import org.junit.jupiter.api.Test;

/**
 * A published star rating takes objections during its publicity period by the rules every objection follows; the
 * township's answer keeps the stars within the member's cap and, when they rise, the quotas.
 */
class StarObjectionTest {

    /** Sunday 2026-12-20: five working days after it end on Friday 2026-12-25. */
    private static final LocalDateTime NOW = LocalDate.of(2026, 12, 20).atTime(9, 0);
    private static final PublicityPeriod PERIOD = new PublicityRules().periodFrom(NOW.toLocalDate());
    private static final String ADDRESS = "a1b2c3";
    private static final AspectStars NINE = stars(2, 2, 2, 2, 1);
    private static final AspectStars EIGHT = stars(2, 2, 2, 2, 0);
    private static final AspectStars FOUR = stars(2, 2, 0, 0, 0);

    private final StarRules rules = new StarRules();
    private final OrgUnit village = withId(OrgUnit.root(OrgUnitType.BRANCH, "东岭村党支部"), 1L);
    private final List<Person> members = new ArrayList<>();

    @Test
    void noObjectionBeforePublicationNorAfterThePeriod() {
        StarAppraisal appraisal = rated(VillageCategory.VILLAGE_CADRE, EIGHT, EIGHT, EIGHT, EIGHT);
        StarRating rating = ratingOf(appraisal, 0);
        assertRefused("objection.notPublished", () -> StarObjection.lodge(rating, PERIOD, "尚未公示", null, ADDRESS,
                NOW));

        publish(appraisal);
        assertRefused("objection.afterPublicity", () -> StarObjection.lodge(rating, PERIOD, "太晚了", null, ADDRESS,
                PERIOD.lastDay().plusDays(1).atStartOfDay()));
        assertRefused("objection.textRequired", () -> StarObjection.lodge(rating, PERIOD, " ", null, ADDRESS, NOW));
        assertEquals(0, rating.objections().open());
    }

    @Test
    void anObjectionHoldsTheStarsAndTheTownshipChangesThemWithinTheCapWithItsReason() {
        StarAppraisal appraisal = rated(VillageCategory.WORKING_AWAY, FOUR, FOUR);
        publish(appraisal);
        StarRating rating = ratingOf(appraisal, 0);
        StarObjection objection = StarObjection.lodge(rating, PERIOD, " 长期在外务工，未参加联户服务 ", null, ADDRESS,
                PERIOD.lastDay().atTime(23, 59));
        assertEquals(ObjectionStatus.OPEN, objection.getStatus());
        assertEquals(1, rating.objections().open());
        assertEquals(GradeStanding.UNDER_OBJECTION, GradeStanding.of(rating.objections().open(), PERIOD,
                PERIOD.lastDay().plusDays(10)), "held under objection after the period while open");

        StarCap six = rules.ratedCap(rating);
        assertRefused("stars.aboveCap", () -> answer(objection, six, "2,2,2,1,0", "应为七星"));
        assertRefused("stars.aboveAspect", () -> answer(objection, six, "0,0,0,0,3", "岗位奉献"));
        assertRefused("objection.gradeRequired", () -> answer(objection, six, "four", "看不懂"));
        assertRefused("objection.reasonRequired", () -> answer(objection, six, "2,1,0,0,0", " "));
        assertEquals(ObjectionStatus.OPEN, objection.getStatus(), "a refused answer answers nothing");
        assertEquals(4, rating.getTotal());

        answer(objection, six, "2,1,0,0,0", "经核实，遵纪守法一项扣一星");

        assertEquals(ObjectionStatus.CHANGED, objection.getStatus());
        assertEquals(FOUR, objection.before());
        assertEquals(stars(2, 1, 0, 0, 0), objection.after());
        assertEquals(3, rating.getTotal());
        assertEquals("经核实，遵纪守法一项扣一星", rating.getReason());
        assertEquals(0, rating.objections().open());
        assertTrue(rating.objections().isReviewed());
        assertEquals("2,2,0,0,0", objection.auditState().get("before"), "the audit keeps the stars' codes");
        assertEquals("2,1,0,0,0", objection.auditState().get("after"));
        assertRefused("objection.alreadyDecided", () -> answer(objection, six, "2,2,0,0,0", "再改"));
    }

    @Test
    void theSameStarsUpholdTheRatingAndKeepTheCommitteesReason() {
        StarAppraisal appraisal = rated(VillageCategory.VILLAGE_CADRE, EIGHT, EIGHT);
        publish(appraisal);
        StarRating rating = ratingOf(appraisal, 1);
        StarObjection objection = StarObjection.lodge(rating, PERIOD, "应为九星", "dangyuan", ADDRESS, NOW);

        answer(objection, rules.ratedCap(rating), "2,2,2,2,0", "维持原评定");

        assertEquals(ObjectionStatus.UPHELD, objection.getStatus());
        assertEquals(EIGHT, rating.getStars());
        assertEquals("", rating.getReason(), "the committee gave none");
        assertTrue(rating.objections().isReviewed());
        assertFalse(rating.objections().open() > 0);
    }

    @Test
    void raisingTheStarsKeepsTheQuotaAsTheSubmissionDid() {
        // Four members under the 10-star cap allow one at 9 stars or more: the first has nine already.
        StarAppraisal appraisal = rated(VillageCategory.VILLAGE_CADRE, NINE, EIGHT, EIGHT, EIGHT);
        publish(appraisal);
        StarRating second = ratingOf(appraisal, 1);
        StarObjection objection = StarObjection.lodge(second, PERIOD, "应为九星", null, ADDRESS, NOW);
        StarCap ten = rules.ratedCap(second);

        assertRefused("starAppraisal.overQuota", () -> answer(objection, ten, "2,2,2,2,1", "应当加星"));
        assertEquals(ObjectionStatus.OPEN, objection.getStatus());
        assertNull(objection.after());

        StarObjection against = StarObjection.lodge(ratingOf(appraisal, 0), PERIOD, "偏高", null, ADDRESS, NOW);
        answer(against, ten, "2,2,2,2,0", "经核实减一星");
        answer(objection, ten, "2,2,2,2,1", "名额空出，加一星");
        assertEquals(9, second.getTotal());
        assertEquals(ObjectionStatus.CHANGED, objection.getStatus());
    }

    private void answer(StarObjection objection, StarCap cap, String stars, String reason) {
        objection.answer(cap, rules.quotas(), stars, reason, "dangwei", NOW.plusDays(1));
    }

    private StarAppraisal rated(VillageCategory category, AspectStars... given) {
        StarAppraisal appraisal = new StarAppraisal(village, 2026, NOW.toLocalDate(), 11L, 12L);
        for (int i = 0; i < given.length; i++) {
            Person member = PreAssessmentTest.member(village, 100L + i, "党员" + "甲乙丙丁戊".charAt(i), category);
            appraisal.enrol(member, rules.ratingCap(member, null));
            members.add(member);
        }
        appraisal.advance(OccasionState.PREPARED, OccasionState.PREPARED);
        appraisal.advance(OccasionState.CLOSED, OccasionState.PREPARED);
        appraisal.advance(OccasionState.CLOSED, OccasionState.CLOSED);
        for (int i = 0; i < given.length; i++) {
            appraisal.rate(members.get(i), rules.ratingCap(members.get(i), null), given[i], "", "zb", NOW);
        }
        return appraisal;
    }

    private static void publish(StarAppraisal appraisal) {
        appraisal.submit(new StarRules().quotas(), "zb", NOW);
        appraisal.review(true, "", "xz", NOW);
    }

    private StarRating ratingOf(StarAppraisal appraisal, int index) {
        return appraisal.ratingOf(members.get(index)).orElseThrow();
    }

    private static AspectStars stars(int ideology, int law, int customs, int liaison, int post) {
        return AspectStars.of(Map.of(StarAspect.IDEOLOGY, ideology, StarAspect.LAW, law, StarAspect.CUSTOMS, customs,
                StarAspect.LIAISON, liaison, StarAspect.POST, post));
    }
}
