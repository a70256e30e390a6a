package org.jiannuo.infrastructure.generator;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jiannuo.application.TableStatistics;
import org.jiannuo.application.ballot.BallotEngine;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.ballot.BallotRepository;
import org.jiannuo.domain.model.ballot.Occasion;
import org.jiannuo.domain.model.ballot.Scale;
import org.jiannuo.domain.model.yearend.AnnualGrade;
import org.jiannuo.domain.model.yearend.BranchEvaluation;
import org.jiannuo.domain.model.yearend.MassParticipantKind;
import org.jiannuo.domain.model.yearend.MemberEvaluation;
import org.jiannuo.domain.model.yearend.YearEndRepository;
import org.jiannuo.domain.model.yearend.YearEndRules;

/**
 * A county's year-end evaluation after the fact, for benchmarks: every started branch of a campaign has its
 * mutual evaluation, the masses' forms and the final ballot cast and counted, and later its suggested results
 * proposed, confirmed and published. The ballots go through the ballot engine itself (receipts, sealed ballots
 * opened and deleted at close, spent codes, stored counts), so the tables hold exactly what voting on the screens
 * leaves and nothing links a ballot to its voter; only the screens' audit records and checks of who may act are
 * skipped. About 90,000 ballots take a few minutes this way, so nothing needs writing behind the engine's back.
 */
@Stateless
@TenantScoped
public class YearEndGenerator {

    private static final String BY = "generator";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    YearEndRepository yearEnd;

    @Inject
    BallotRepository ballots;

    @Inject
    BallotEngine engine;

    @Inject
    TableStatistics statistics;

    /**
     * Votes on and counts the next {@code batch} branches of the campaign after {@code afterBranchId}, in a
     * transaction of its own: nine in ten members cast each of their two ballots, and the masses' panel is
     * issued codes for the quorum and a few more and spends them, but in one branch in twenty too few come.
     *
     * @return the last branch handled, or -1 when every branch has been handled
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long voteBatch(long campaignId, long afterBranchId, int batch, long seed) {
        entityManager.setFlushMode(FlushModeType.COMMIT);
        YearEndRules rules = yearEnd.rules().orElseGet(YearEndRules::defaults);
        List<BranchEvaluation> branches = branches(campaignId, afterBranchId, batch);
        for (BranchEvaluation branch : branches) {
            Random random = new Random(seed ^ branch.getId());
            List<MemberEvaluation> members = yearEnd.members(branch);
            vote(occasion(branch.getMutualOccasionId()), members, Scale.APPRAISAL, random);
            int panel = Math.max(1, rules.massQuorum().required(members.size())
                    + (random.nextInt(20) == 0 ? -1 : random.nextInt(3)));
            branch.recordPanel(Map.of(MassParticipantKind.REPRESENTATIVE, panel));
            massForms(occasion(branch.getMassOccasionId()), members, panel, random);
            vote(occasion(branch.getBallotOccasionId()), members, Scale.EXCELLENCE, random);
        }
        ballots.flush();
        entityManager.clear();
        if (branches.size() < batch) {
            statistics.refresh("ballot_occasion", "ballot_voter", "ballot_count", "participation_code",
                    "year_end_branch", "year_end_member");
            return -1;
        }
        return branches.get(branches.size() - 1).getId();
    }

    /**
     * Proposes the next {@code batch} branches' suggested results as they stand (no reason needed), has the
     * superior confirm them and publishes them, in a transaction of its own.
     *
     * @param suggested by branch id, then person id, as the proposal screen suggests them
     * @return the last branch handled, or -1 when every branch has been handled
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long publishBatch(long campaignId, Map<Long, Map<Long, AnnualGrade>> suggested, LocalDateTime at,
            long afterBranchId, int batch) {
        YearEndRules rules = yearEnd.rules().orElseGet(YearEndRules::defaults);
        List<BranchEvaluation> branches = branches(campaignId, afterBranchId, batch);
        for (BranchEvaluation branch : branches) {
            Map<Long, AnnualGrade> grades = suggested.get(branch.getId());
            branch.propose(yearEnd.members(branch), grades, Map.of(), grades, rules.excellentQuota(), BY, at);
            branch.confirm(BY, at.plusHours(2));
            branch.publish(at.plusHours(4));
        }
        yearEnd.flush();
        entityManager.clear();
        if (branches.size() < batch) {
            statistics.refresh("year_end_branch", "year_end_member");
            return -1;
        }
        return branches.get(branches.size() - 1).getId();
    }

    private List<BranchEvaluation> branches(long campaignId, long afterBranchId, int batch) {
        return entityManager.createQuery("SELECT b FROM BranchEvaluation b WHERE b.campaign.id = :campaign"
                        + " AND b.id > :after ORDER BY b.id", BranchEvaluation.class)
                .setParameter("campaign", campaignId).setParameter("after", afterBranchId)
                .setMaxResults(batch).getResultList();
    }

    /** The branch's members vote on every member, as the vote screen takes it; one in ten stays away. */
    private void vote(Occasion occasion, List<MemberEvaluation> members, Scale scale, Random random) {
        occasion.open();
        for (MemberEvaluation voter : members) {
            if (random.nextInt(10) > 0) {
                engine.cast(occasion, voter.getPerson().getId(), choices(members, scale, random));
            }
        }
        engine.close(occasion);
    }

    /** The panel is issued its codes, the forms are opened, and each participant fills one on every member. */
    private void massForms(Occasion occasion, List<MemberEvaluation> members, int panel, Random random) {
        List<String> codes = engine.issueCodes(occasion, panel);
        occasion.open();
        for (String code : codes) {
            engine.castWithCode(occasion, code, choices(members, Scale.SATISFACTION, random));
        }
        engine.close(occasion);
    }

    private static Map<String, String> choices(List<MemberEvaluation> members, Scale scale, Random random) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (MemberEvaluation member : members) {
            choices.put(MemberEvaluation.subjectKey(member.getPerson().getId()),
                    scale.option(choose(member.getPerson().getIdCardNo(), scale, random)));
        }
        return choices;
    }

    /**
     * One voter's choice on a member, weighted by how well the member is thought of: that follows from the
     * person's ID card, not from database ids, so the same county gets the same evaluation, and about one member
     * in seven is thought excellent by most, which leaves the excellent quota something to cut.
     */
    private static int choose(String idCard, Scale scale, Random random) {
        int standing = Math.floorMod(idCard.hashCode() * 2654435761L, 100);
        int[] weights = switch (scale) {
            case APPRAISAL -> standing < 15 ? new int[] {80, 15, 3, 0, 2} : standing < 90
                    ? new int[] {38, 44, 13, 2, 3} : new int[] {5, 15, 35, 42, 3};
            // Excellent, qualified, unqualified; satisfied, basically satisfied, dissatisfied.
            default -> standing < 18 ? new int[] {75, 23, 2} : standing < 96 ? new int[] {15, 80, 5}
                    : new int[] {3, 37, 60};
        };
        int roll = random.nextInt(100);
        for (int option = 0; option < weights.length; option++) {
            roll -= weights[option];
            if (roll < 0) {
                return option;
            }
        }
        return weights.length - 1;
    }

    private Occasion occasion(long id) {
        return ballots.findOccasion(id).orElseThrow();
    }
}
