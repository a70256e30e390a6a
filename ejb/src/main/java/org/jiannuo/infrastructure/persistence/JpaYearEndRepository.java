package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.yearend.BranchEvaluation;
import org.jiannuo.domain.model.yearend.Campaign;
import org.jiannuo.domain.model.yearend.MemberEvaluation;
import org.jiannuo.domain.model.yearend.YearEndRepository;
import org.jiannuo.domain.model.yearend.YearEndRules;

/** The year-end evaluation's settings, campaigns, branches and members' lines. */
@ApplicationScoped
public class JpaYearEndRepository implements YearEndRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<YearEndRules> rules() {
        return entityManager.createQuery("SELECT r FROM YearEndRules r", YearEndRules.class).getResultStream()
                .findFirst();
    }

    @Override
    public void store(YearEndRules rules) {
        entityManager.persist(rules);
    }

    @Override
    public void store(Campaign campaign) {
        entityManager.persist(campaign);
    }

    @Override
    public Optional<Campaign> findCampaign(long id) {
        return Optional.ofNullable(entityManager.find(Campaign.class, id));
    }

    @Override
    public Optional<Campaign> campaignOf(int year) {
        return entityManager.createQuery("SELECT c FROM Campaign c WHERE c.year = :year", Campaign.class)
                .setParameter("year", year).getResultStream().findFirst();
    }

    @Override
    public List<Campaign> campaigns() {
        return entityManager.createQuery("SELECT c FROM Campaign c ORDER BY c.year DESC", Campaign.class)
                .getResultList();
    }

    @Override
    public void store(BranchEvaluation branch) {
        entityManager.persist(branch);
    }

    @Override
    public Optional<BranchEvaluation> findBranch(long id) {
        return Optional.ofNullable(entityManager.find(BranchEvaluation.class, id));
    }

    @Override
    public Optional<BranchEvaluation> branchOf(Campaign campaign, OrgUnit unit) {
        return entityManager.createQuery("SELECT b FROM BranchEvaluation b WHERE b.campaign = :campaign"
                + " AND b.unit = :unit", BranchEvaluation.class)
                .setParameter("campaign", campaign).setParameter("unit", unit).getResultStream().findFirst();
    }

    @Override
    public List<BranchEvaluation> branchesUnder(Campaign campaign, String treePath) {
        return entityManager.createQuery("SELECT b FROM BranchEvaluation b JOIN FETCH b.unit u"
                + " WHERE b.campaign = :campaign AND u.treePath LIKE :path ORDER BY u.name, u.id", BranchEvaluation.class)
                .setParameter("campaign", campaign).setParameter("path", treePath + "%").getResultList();
    }

    @Override
    public void store(MemberEvaluation member) {
        entityManager.persist(member);
    }

    @Override
    public List<MemberEvaluation> members(BranchEvaluation branch) {
        return entityManager.createQuery("SELECT m FROM MemberEvaluation m JOIN FETCH m.person p"
                + " WHERE m.branch = :branch ORDER BY p.name, p.id", MemberEvaluation.class)
                .setParameter("branch", branch).getResultList();
    }

    @Override
    public Map<Long, List<MemberEvaluation>> members(Collection<BranchEvaluation> branches) {
        Map<Long, List<MemberEvaluation>> byBranch = new HashMap<>();
        for (List<BranchEvaluation> chunk : Chunks.of(branches)) {
            entityManager.createQuery("SELECT m FROM MemberEvaluation m JOIN FETCH m.person p"
                            + " WHERE m.branch IN :branches ORDER BY p.name, p.id", MemberEvaluation.class)
                    .setParameter("branches", chunk).getResultList()
                    .forEach(member -> byBranch.computeIfAbsent(member.getBranch().getId(), id -> new ArrayList<>())
                            .add(member));
        }
        return byBranch;
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
