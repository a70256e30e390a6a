package org.jiannuo.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The query the repositories share: the rows of one entity that belong to one owner (a commitment's records,
 * a meeting's remarks, an occasion's subjects, ...), in an order. The entity is {@code x} in the order.
 */
final class OwnedRows {

    private OwnedRows() {
    }

    static <T> TypedQuery<T> of(EntityManager entityManager, Class<T> type, String ownerAttribute, Object owner,
            String orderBy) {
        return entityManager.createQuery("SELECT x FROM " + type.getSimpleName() + " x WHERE x." + ownerAttribute
                        + " = :owner ORDER BY " + orderBy, type)
                .setParameter("owner", owner);
    }
}
