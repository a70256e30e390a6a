package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiannuo.domain.model.fulfilment.RectificationStatus;
import org.jiannuo.domain.model.yearend.Campaign;
import org.jiannuo.domain.model.yearend.MemberEvaluation;
import org.jiannuo.domain.model.yearend.ModelPost;
import org.jiannuo.domain.model.yearend.PersonalRectification;
import org.jiannuo.domain.model.yearend.RewardRepository;

/** The reward's model posts and personal rectifications, found through their members' lines. */
@ApplicationScoped
public class JpaRewardRepository implements RewardRepository {

    private static final String POSTS = "SELECT x FROM ModelPost x JOIN FETCH x.member m JOIN FETCH m.person p"
            + " JOIN FETCH m.branch b JOIN FETCH b.unit u JOIN FETCH b.campaign c";
    private static final String RECTIFICATIONS = "SELECT x FROM PersonalRectification x JOIN FETCH x.member m"
            + " JOIN FETCH m.person p JOIN FETCH m.branch b JOIN FETCH b.unit u JOIN FETCH b.campaign c";

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void store(ModelPost post) {
        entityManager.persist(post);
    }

    @Override
    public Optional<ModelPost> findModelPost(long id) {
        return Optional.ofNullable(entityManager.find(ModelPost.class, id));
    }

    @Override
    public Optional<ModelPost> modelPostOf(MemberEvaluation member) {
        return entityManager.createQuery("SELECT x FROM ModelPost x WHERE x.member = :member", ModelPost.class)
                .setParameter("member", member).getResultStream().findFirst();
    }

    @Override
    public List<ModelPost> modelPostsUnder(Campaign campaign, String treePath) {
        return entityManager.createQuery(POSTS + " WHERE b.campaign = :campaign AND u.treePath LIKE :path"
                        + " ORDER BY u.name, u.id, p.name, p.id", ModelPost.class)
                .setParameter("campaign", campaign).setParameter("path", treePath + "%").getResultList();
    }

    @Override
    public List<ModelPost> modelPostsOf(long personId) {
        return entityManager.createQuery(POSTS + " WHERE p.id = :person ORDER BY c.year DESC", ModelPost.class)
                .setParameter("person", personId).getResultList();
    }

    @Override
    public void store(PersonalRectification rectification) {
        entityManager.persist(rectification);
    }

    @Override
    public Optional<PersonalRectification> findRectification(long id) {
        return Optional.ofNullable(entityManager.find(PersonalRectification.class, id));
    }

    @Override
    public Optional<PersonalRectification> rectificationOf(MemberEvaluation member) {
        return entityManager.createQuery("SELECT x FROM PersonalRectification x WHERE x.member = :member",
                PersonalRectification.class).setParameter("member", member).getResultStream().findFirst();
    }

    @Override
    public List<PersonalRectification> rectificationsUnder(Campaign campaign, String treePath) {
        return entityManager.createQuery(RECTIFICATIONS + " WHERE b.campaign = :campaign AND u.treePath LIKE :path"
                        + " ORDER BY x.deadline, u.name, p.name, x.id", PersonalRectification.class)
                .setParameter("campaign", campaign).setParameter("path", treePath + "%").getResultList();
    }

    @Override
    public List<PersonalRectification> overdueUnder(String treePath, LocalDate today) {
        return entityManager.createQuery(RECTIFICATIONS + " WHERE u.treePath LIKE :path AND x.status = :open"
                        + " AND x.deadline < :today AND x.handling IS NULL ORDER BY x.deadline, u.name, p.name, x.id",
                        PersonalRectification.class)
                .setParameter("path", treePath + "%").setParameter("open", RectificationStatus.OPEN)
                .setParameter("today", today).getResultList();
    }

    @Override
    public List<PersonalRectification> rectificationsOf(long personId) {
        return entityManager.createQuery(RECTIFICATIONS + " WHERE p.id = :person ORDER BY x.orderedAt DESC, x.id DESC",
                PersonalRectification.class).setParameter("person", personId).getResultList();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
