package org.jiannuo.infrastructure.generator;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jiannuo.application.TableStatistics;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.ballot.BallotRepository;
import org.jiannuo.domain.model.ballot.Eligibility;
import org.jiannuo.domain.model.ballot.Occasion;
import org.jiannuo.domain.model.ballot.OccasionOwner;
import org.jiannuo.domain.model.ballot.Scale;
import org.jiannuo.domain.model.ballot.VotingMode;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.stars.AspectStars;
import org.jiannuo.domain.model.stars.Household;
import org.jiannuo.domain.model.stars.HouseholdLiaison;
import org.jiannuo.domain.model.stars.LiaisonRule;
import org.jiannuo.domain.model.stars.LogEntry;
import org.jiannuo.domain.model.stars.StarAppraisal;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.domain.model.stars.StarCap;
import org.jiannuo.domain.model.stars.StarQuota;
import org.jiannuo.domain.model.stars.StarRepository;
import org.jiannuo.domain.model.stars.StarRules;
import org.jiannuo.domain.model.stars.StarTarget;

/**
 * A year of village star management for benchmarks and demonstrations, village by village: every party member of
 * a village without a category gets one, a target, three households each (1+2 liaisons for those who keep them),
 * study and household service entries in the log book, and the branch's year-end appraisal run to publication on
 * paper ballots with stars within the caps and the quotas. The domain's own steps throughout, so the data obeys the
 * rules; the year is generated after the fact, at {@code today}.
 */
@Stateless
@TenantScoped
public class StarYearGenerator {

    private static final String BY = "generator";
    private static final int HOUSEHOLDS_PER_MEMBER = 3;
    private static final int STUDY_ENTRIES = 6;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    StarRepository stars;

    @Inject
    BallotRepository ballots;

    @Inject
    TableStatistics statistics;

    /**
     * Generates the year of the next branch under {@code township} after {@code afterUnitId}, in a transaction of
     * its own.
     *
     * @return the branch handled, or -1 when every branch has been handled
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long generateVillage(long townshipId, int year, LocalDate today, long afterUnitId, long seed) {
        OrgUnit township = entityManager.find(OrgUnit.class, townshipId);
        List<OrgUnit> next = entityManager.createQuery("SELECT u FROM OrgUnit u WHERE u.treePath LIKE :path"
                + " AND u.id > :after AND NOT EXISTS (SELECT c FROM OrgUnit c WHERE c.parent = u) ORDER BY u.id",
                OrgUnit.class).setParameter("path", township.getTreePath() + "%").setParameter("after", afterUnitId)
                .setMaxResults(1).getResultList();
        if (next.isEmpty()) {
            // The year was written in bulk: the planner must see it before the star list reads it.
            statistics.refresh("village_household", "household_liaison", "star_target", "star_log_entry",
                    "star_appraisal", "star_rating");
            return -1;
        }
        OrgUnit village = next.get(0);
        Random random = new Random(seed ^ village.getId());
        StarRules rules = stars.rules();
        List<Person> members = villageMembers(village, random);
        Map<Person, AspectStars> rated = new LinkedHashMap<>();
        for (Person member : members) {
            StarTarget target = aim(member, year, rules, random);
            liaisonsAndLog(member, village, year, today, rules.liaisonRule(), random);
            rated.put(member, randomStars(rules.ratingCap(member, target), random));
        }
        if (!members.isEmpty()) {
            publish(village, year, today, withinQuotas(rated, rules), rules);
        }
        stars.flush();
        entityManager.clear();
        return village.getId();
    }

    /**
     * Publishes the year-end appraisal of these members' village with these stars, given by person id: the members
     * named (all of one village) are enrolled, rated and the result published through every step. For a fixture
     * whose stars must be known.
     */
    public void publishAppraisal(int year, LocalDate today, Map<Long, Map<StarAspect, Integer>> given) {
        Map<Person, AspectStars> rated = new LinkedHashMap<>();
        given.forEach((personId, aspects) -> rated.put(entityManager.find(Person.class, personId),
                AspectStars.of(aspects)));
        OrgUnit village = rated.keySet().iterator().next().getOrgUnit();
        if (rated.keySet().stream().anyMatch(person -> !person.getOrgUnit().getId().equals(village.getId()))) {
            throw new IllegalArgumentException("The members of one village, please");
        }
        publish(village, year, today, rated, stars.rules());
        stars.flush();
    }

    private List<Person> villageMembers(OrgUnit village, Random random) {
        List<Person> people = entityManager.createQuery("SELECT p FROM Person p WHERE p.orgUnit = :unit"
                + " AND p.departedOn IS NULL ORDER BY p.id", Person.class).setParameter("unit", village).getResultList();
        List<Person> members = new ArrayList<>();
        for (Person person : people) {
            if (person.getPartyStatus() == PartyStatus.NON_PARTY_STAFF
                    || person.getPartyStatus() == PartyStatus.ACTIVIST) {
                continue;
            }
            if (person.getVillageCategory() == null) {
                person.placeInVillageCategory(category(random));
            }
            members.add(person);
        }
        return members;
    }

    private static VillageCategory category(Random random) {
        int roll = random.nextInt(100);
        return roll < 10 ? VillageCategory.VILLAGE_CADRE : roll < 65 ? VillageCategory.FARMING_IN_VILLAGE
                : roll < 82 ? VillageCategory.WORKING_AWAY : VillageCategory.NO_WORK_ABILITY;
    }

    private StarTarget aim(Person member, int year, StarRules rules, Random random) {
        StarTarget target = new StarTarget(member, year);
        AspectStars aimed = randomStars(rules.capFor(member.getVillageCategory()), random);
        target.aim(aimed.total() == 0 ? AspectStars.of(Map.of(StarAspect.IDEOLOGY, 1)) : aimed,
                DemoWords.list("commitments.measures").get(0), rules, LocalDate.of(year, 1, 15).atTime(10, 0));
        stars.store(target);
        return target;
    }

    private void liaisonsAndLog(Person member, OrgUnit village, int year, LocalDate today, LiaisonRule rule,
            Random random) {
        LocalDate last = today.getYear() == year ? today : LocalDate.of(year, 12, 31);
        LocalDateTime since = LocalDate.of(year, 1, 20).atStartOfDay();
        int kept = 0;
        for (int i = 0; i < HOUSEHOLDS_PER_MEMBER; i++) {
            String address = DemoWords.text("stars.householdAddress", village.getName(), 1 + random.nextInt(300));
            Household household = new Household(village, ChineseNames.next(random, random.nextBoolean()), address,
                    "139" + (10_000_000 + random.nextInt(89_999_999)));
            stars.store(household);
            if (LiaisonRule.keepsHouseholds(member.getVillageCategory()) && kept < rule.most() && random.nextInt(3) > 0) {
                HouseholdLiaison liaison = HouseholdLiaison.link(member, household, kept++, rule, since.toLocalDate());
                stars.store(liaison);
                for (int quarter = 0; quarter < 4; quarter++) {
                    LocalDate day = LocalDate.of(year, 2 + quarter * 3, 10 + random.nextInt(15));
                    if (!day.isAfter(last)) {
                        stars.store(LogEntry.householdService(liaison, day, DemoWords.text("commitments.recordNote"),
                                BY, day.atTime(19, 0)));
                    }
                }
            }
        }
        for (int i = 0; i < STUDY_ENTRIES; i++) {
            LocalDate day = LocalDate.of(year, 1 + i * 2, 5 + random.nextInt(20));
            if (!day.isAfter(last)) {
                stars.store(LogEntry.study(member, day, DemoWords.text("commitments.recordNote"), BY, day.atTime(20, 0)));
            }
        }
    }

    /** Stars per aspect within the cap, most members well along, a few far behind. */
    private static AspectStars randomStars(StarCap cap, Random random) {
        Map<StarAspect, Integer> given = new EnumMap<>(StarAspect.class);
        int left = cap.cap();
        boolean behind = random.nextInt(10) == 0;
        for (StarAspect aspect : StarAspect.values()) {
            int most = Math.min(left, cap.mostIn(aspect));
            int count = behind ? random.nextInt(Math.min(most, 1) + 1) : Math.max(0, most - random.nextInt(2));
            given.put(aspect, count);
            left -= count;
        }
        return AspectStars.of(given);
    }

    /** Lowers the stars of those above a quota's limit, fewest first, to just below its threshold. */
    private static Map<Person, AspectStars> withinQuotas(Map<Person, AspectStars> rated, StarRules rules) {
        Map<Person, AspectStars> result = new LinkedHashMap<>(rated);
        for (StarQuota quota : rules.quotas()) {
            List<Person> group = rated.keySet().stream()
                    .filter(p -> rules.capFor(p.getVillageCategory()).cap() == quota.cap()).toList();
            List<Person> high = group.stream().filter(p -> result.get(p).total() >= quota.threshold())
                    .sorted(Comparator.comparingInt((Person p) -> result.get(p).total()).reversed()).toList();
            for (Person person : high.subList(Math.min(high.size(), quota.limit(group.size())), high.size())) {
                result.put(person, lowered(result.get(person), result.get(person).total() - quota.threshold() + 1));
            }
        }
        return result;
    }

    private static AspectStars lowered(AspectStars stars, int by) {
        Map<StarAspect, Integer> given = stars.asMap();
        int left = by;
        for (StarAspect aspect : StarAspect.values()) {
            int taken = Math.min(left, given.get(aspect));
            given.put(aspect, given.get(aspect) - taken);
            left -= taken;
        }
        return AspectStars.of(given);
    }

    /** The appraisal through every step: paper ballots held and closed, the members rated, reviewed, published. */
    private void publish(OrgUnit village, int year, LocalDate today, Map<Person, AspectStars> rated, StarRules rules) {
        LocalDateTime at = today.atTime(9, 0);
        Occasion peer = paperBallot(village, Scale.EXCELLENCE, rated.size(), at);
        Occasion mass = paperBallot(village, Scale.SATISFACTION, rated.size(), at);
        StarAppraisal appraisal = new StarAppraisal(village, year, today, peer.getId(), mass.getId());
        stars.store(appraisal);
        rated.keySet().forEach(member -> appraisal.enrol(member, cap(member, year, rules)));
        appraisal.advance(peer.getState(), mass.getState());
        appraisal.advance(peer.getState(), mass.getState());
        appraisal.advance(peer.getState(), mass.getState());
        rated.forEach((member, given) -> appraisal.rate(member, cap(member, year, rules), given, "", BY, at));
        appraisal.submit(rules.quotas(), BY, at);
        appraisal.review(true, "", BY, at);
    }

    private StarCap cap(Person member, int year, StarRules rules) {
        return rules.ratingCap(member, stars.target(member, year).orElse(null));
    }

    private Occasion paperBallot(OrgUnit village, Scale scale, int voters, LocalDateTime at) {
        Occasion occasion = Occasion.prepare(OccasionOwner.UNIT, null, village, village.getName() + " " + scale,
                scale, Eligibility.UNIT_MEMBERS, VotingMode.PAPER, 1, BY, at);
        ballots.store(occasion);
        occasion.open();
        occasion.recordPaperBallots(Math.max(1, voters), Math.max(1, voters));
        occasion.close();
        ballots.flush();
        return occasion;
    }
}
