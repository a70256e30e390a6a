package org.jiannuo.application.publicity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jiannuo.domain.model.publicity.PublicityRules;

/** The tenant's publicity settings inside a tenant-bound call: the stored ones, or the defaults (5 working days). */
@ApplicationScoped
public class CurrentPublicityRules {

    @PersistenceContext
    EntityManager entityManager;

    public PublicityRules get() {
        return entityManager.createQuery("SELECT r FROM PublicityRules r", PublicityRules.class)
                .getResultStream().findFirst().orElseGet(PublicityRules::new);
    }

    public void store(PublicityRules rules) {
        entityManager.persist(rules);
    }
}
