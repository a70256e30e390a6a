package org.jiannuo.infrastructure.generator;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.stars.FollowUpRepository;
import org.jiannuo.domain.model.stars.LaggingMember;
import org.jiannuo.domain.model.stars.RatedStars;
import org.jiannuo.domain.model.stars.ReserveCadre;
import org.jiannuo.domain.model.stars.StarFollowUpRules;
import org.jiannuo.domain.model.stars.StarRating;
import org.jiannuo.domain.model.stars.StarRepository;
import org.jiannuo.domain.model.stars.StarStanding;

/**
 * Last year's village star management of the demo's township, the committee whose branches are villages: its
 * members, placed in their village categories when the county was generated (cadres, farmers, members working away
 * under the 6-star cap, the elderly), are given targets, households and log books and rated within the caps and the
 * quotas by {@link StarYearGenerator}, the appraisal reviewed by the township and published on 20 December; then
 * the follow-up of the results: in each village the best-rated member of the upper group marked a reserve village
 * cadre on the 27th, the lowest-rated lagging member paired with the best-star member on the 28th and helped on the 30th.
 * The commended members (9 stars and more) are listed for the 七一 commendation by the follow-up itself. Nothing of
 * the current year: its targets, log books and appraisals are left to the demo's users.
 */
@Stateless
@TenantScoped
public class DemoStars {

    private static final String RESERVE_NOTE = DemoWords.text("stars.reserveNote");
    private static final String HELP_NOTE = DemoWords.text("stars.helpNote");

    @PersistenceContext
    EntityManager entityManager;

    @EJB
    StarYearGenerator generator;

    @Inject
    StarRepository stars;

    @Inject
    FollowUpRepository followUps;

    @Resource
    SessionContext context;

    /** Generates last year's star year of the township, a village per transaction, then its follow-up in one. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void generate(LocalDate today, long seed) {
        int year = today.getYear() - 1;
        DemoStars self = context.getBusinessObject(DemoStars.class);
        Long township = self.township();
        if (township == null) {
            return;
        }
        LocalDate published = LocalDate.of(year, 12, 20);
        for (long after = 0; after >= 0; ) {
            after = generator.generateVillage(township, year, published, after, seed);
        }
        self.followUp(township, year);
    }

    /**
     * The root committee of the first member placed in a village category: the county's township. In a transaction,
     * where the tenant's rows are visible.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Long township() {
        List<OrgUnit> villages = entityManager.createQuery("SELECT p.orgUnit FROM Person p"
                + " WHERE p.villageCategory IS NOT NULL ORDER BY p.id", OrgUnit.class).setMaxResults(1).getResultList();
        if (villages.isEmpty()) {
            return null;
        }
        OrgUnit unit = villages.get(0);
        while (unit.getParent() != null) {
            unit = unit.getParent();
        }
        return unit.getId();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void followUp(long townshipId, int year) {
        StarFollowUpRules rules = followUps.followUpRules();
        Map<Long, List<StarRating>> villages = new LinkedHashMap<>();
        // Ordered by village, then by stars, most first.
        for (StarRating rating : stars.publishedRatingsUnder(townshipId, year)) {
            villages.computeIfAbsent(rating.getUnit().getId(), id -> new ArrayList<>()).add(rating);
        }
        LocalDateTime marked = LocalDate.of(year, 12, 27).atTime(10, 0);
        for (List<StarRating> ratings : villages.values()) {
            List<RatedStars> commended = ratings.stream().map(RatedStars::of)
                    .filter(rated -> rules.standingOf(rated) == StarStanding.COMMENDED).toList();
            if (commended.isEmpty()) {
                continue;
            }
            RatedStars best = commended.get(0);
            if (best.cap() == ratings.stream().mapToInt(StarRating::getCap).max().orElse(0)) {
                followUps.store(ReserveCadre.mark(best, rules, RESERVE_NOTE, DemoCommitments.BY, marked));
            }
            ratings.stream().map(RatedStars::of).filter(rated -> rules.standingOf(rated) == StarStanding.LAGGING)
                    .reduce((first, second) -> second).ifPresent(lagging -> {
                        LaggingMember member = LaggingMember.pair(lagging, best, rules, DemoCommitments.BY,
                                marked.plusDays(1));
                        followUps.store(member);
                        followUps.store(member.help(LocalDate.of(year, 12, 30), HELP_NOTE, DemoCommitments.BY,
                                marked.plusDays(3)));
                    });
        }
        followUps.flush();
    }
}
