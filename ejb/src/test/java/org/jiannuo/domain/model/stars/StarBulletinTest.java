package org.jiannuo.domain.model.stars;

import static org.jiannuo.domain.model.shared.DomainFixtures.assertRefused;
import static org.jiannuo.domain.model.shared.DomainFixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.summary.Period;
import org.junit.jupiter.api.Test;

class StarBulletinTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 8);
    private static final LocalDateTime NOW = TODAY.atTime(9, 0);
    private static final Period Q3 = Period.parse("2026-Q3");

    private final StarRules rules = new StarRules();
    private final OrgUnit village = withId(OrgUnit.root(OrgUnitType.BRANCH, "东岭村党支部"), 1L);
    private final Person farmer = PreAssessmentTest.member(village, 101L, "王秀英", VillageCategory.FARMING_IN_VILLAGE);
    private final Person away = PreAssessmentTest.member(village, 102L, "李建国", VillageCategory.WORKING_AWAY);

    @Test
    void progressIsDraftedFromTheTargetAndTheLogBooksPagesPerAspect() {
        StarTarget target = new StarTarget(farmer, 2026);
        target.aim(AspectStars.of(Map.of(StarAspect.IDEOLOGY, 2, StarAspect.LIAISON, 1)), "", rules, NOW);
        StarBulletin bulletin = new StarBulletin(village, Q3, TODAY);
        bulletin.draft(List.of(
                StarProgress.Draft.of(farmer, target, rules.ratingCap(farmer, target),
                        Map.of(LogEntryKind.STUDY, 3, LogEntryKind.HOUSEHOLD_SERVICE, 5)),
                StarProgress.Draft.of(away, null, rules.ratingCap(away, null), Map.of())), "sj", NOW);
        StarProgress first = bulletin.getProgress().get(0);
        assertEquals(3, first.getTarget().total());
        assertEquals(Map.of(StarAspect.IDEOLOGY, 3, StarAspect.LAW, 0, StarAspect.CUSTOMS, 0, StarAspect.LIAISON, 5,
                StarAspect.POST, 0), first.pages());
        StarProgress second = bulletin.getProgress().get(1);
        assertEquals(6, second.getCap());
        assertEquals(false, second.isTargetWritten());
    }

    @Test
    void theMeetingIsRecordedAndPublishedOnceHeld() {
        StarBulletin bulletin = new StarBulletin(village, Q3, TODAY);
        bulletin.draft(List.of(StarProgress.Draft.of(farmer, null, rules.ratingCap(farmer, null), Map.of()),
                StarProgress.Draft.of(away, null, rules.ratingCap(away, null), Map.of())), "sj", NOW);
        assertRefused("starBulletin.meetingRequired", () -> bulletin.publish("sj", NOW));
        assertRefused("starBulletin.heldOn", () -> bulletin.record(LocalDate.of(2026, 6, 30), 2, "", "", Map.of(),
                TODAY));
        assertRefused("starBulletin.heldOn", () -> bulletin.record(TODAY.plusDays(1), 2, "", "", Map.of(), TODAY));
        assertRefused("starBulletin.attendees", () -> bulletin.record(TODAY, 3, "", "", Map.of(), TODAY));
        bulletin.record(TODAY, 2, "联户走访次数偏少", "每月固定走访日", Map.of(101L, "学习积极"), TODAY);
        assertEquals("学习积极", bulletin.getProgress().get(0).getRemark());

        bulletin.draft(List.of(StarProgress.Draft.of(farmer, null, rules.ratingCap(farmer, null),
                Map.of(LogEntryKind.POST_DUTY, 1))), "sj", NOW);
        assertEquals("学习积极", bulletin.getProgress().get(0).getRemark(), "a new draft keeps the remarks");
        bulletin.publish("sj", NOW);
        assertTrue(bulletin.isPublished());
        assertRefused("starBulletin.published", () -> bulletin.record(TODAY, 1, "", "", Map.of(), TODAY));
        assertRefused("starBulletin.published", () -> bulletin.draft(List.of(), "sj", NOW));
    }

    @Test
    void onlyAQuarterThatHasBegunHasABulletin() {
        assertRefused("starBulletin.quarterOnly", () -> new StarBulletin(village, Period.parse("2026-H2"), TODAY));
        assertRefused("starBulletin.notBegun", () -> new StarBulletin(village, Period.parse("2026-Q4"),
                LocalDate.of(2026, 9, 30)));
    }

    @Test
    void eachLogEntryKindBearsWitnessToItsAspect() {
        assertEquals(StarAspect.IDEOLOGY, LogEntryKind.STUDY.aspect());
        assertEquals(StarAspect.LIAISON, LogEntryKind.HOUSEHOLD_SERVICE.aspect());
        assertEquals(StarAspect.POST, LogEntryKind.POST_DUTY.aspect());
    }
}
