package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentOwner;
import org.jiannuo.domain.model.commitment.CommitmentRepository;
import org.jiannuo.domain.model.commitment.CommitmentRevision;
import org.jiannuo.domain.model.commitment.CommitmentRules;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.commitment.ReviewDecision;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;

@ApplicationScoped
public class JpaCommitmentRepository implements CommitmentRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<CommitmentRules> rules(int year) {
        return entityManager.createQuery("SELECT r FROM CommitmentRules r WHERE r.year = :year", CommitmentRules.class)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void store(CommitmentRules rules) {
        entityManager.persist(rules);
    }

    @Override
    public void store(Commitment commitment) {
        entityManager.persist(commitment);
    }

    @Override
    public void store(CommitmentRevision revision) {
        entityManager.persist(revision);
    }

    @Override
    public void store(ReviewDecision decision) {
        entityManager.persist(decision);
    }

    @Override
    public Optional<Commitment> find(long id) {
        return Optional.ofNullable(entityManager.find(Commitment.class, id));
    }

    @Override
    public List<Commitment> of(CommitmentOwner owner, int year) {
        String ownerId = owner.isOrganization() ? "c.ownerUnit.id" : "c.ownerPerson.id";
        return entityManager.createQuery("SELECT c FROM Commitment c WHERE " + ownerId + " = :owner AND c.year = :year"
                        + " ORDER BY c.id", Commitment.class)
                .setParameter("owner", owner.id())
                .setParameter("year", year)
                .getResultList();
    }

    @Override
    public List<Commitment> approvedOfMembers(OrgUnit reviewingUnit, int year) {
        return entityManager.createQuery("SELECT c FROM Commitment c JOIN FETCH c.ownerPerson p"
                        + " WHERE c.reviewingUnit = :unit AND c.year = :year AND c.status IN :approved"
                        + " ORDER BY p.name, p.id, c.id", Commitment.class)
                .setParameter("unit", reviewingUnit)
                .setParameter("year", year)
                .setParameter("approved", CommitmentStatus.approved())
                .getResultList();
    }

    @Override
    public List<CommitmentRevision> revisions(Commitment commitment) {
        return OwnedRows.of(entityManager, CommitmentRevision.class, "commitment", commitment, "x.revision")
                .getResultList();
    }

    @Override
    public List<ReviewDecision> decisions(Commitment commitment) {
        return OwnedRows.of(entityManager, ReviewDecision.class, "commitment", commitment, "x.revision")
                .getResultList();
    }

    @Override
    public void rewriteUnitPaths(String oldPath, String newPath) {
        entityManager.flush();
        entityManager.createQuery("UPDATE Commitment c SET c.unitPath = CONCAT(:newPath, SUBSTRING(c.unitPath, :cut))"
                        + " WHERE c.unitPath LIKE :oldPrefix")
                .setParameter("newPath", newPath)
                .setParameter("cut", oldPath.length() + 1)
                .setParameter("oldPrefix", oldPath + "%")
                .executeUpdate();
    }

    @Override
    public void renameOwner(Person owner) {
        rename("c.ownerPerson", owner, owner.getName());
    }

    @Override
    public void renameOwner(OrgUnit owner) {
        rename("c.ownerUnit", owner, owner.getName());
    }

    private void rename(String ownerAttribute, Object owner, String name) {
        entityManager.createQuery("UPDATE Commitment c SET c.ownerName = :name WHERE " + ownerAttribute + " = :owner"
                        + " AND c.ownerName <> :name")
                .setParameter("name", name)
                .setParameter("owner", owner)
                .executeUpdate();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
