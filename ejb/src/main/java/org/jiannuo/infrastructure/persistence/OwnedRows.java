package org.jiannuo.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

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

    /**
     * The rows of many owners (a month's meetings), a bounded number of owners per statement; each query
     * can be adjusted (hints) before it runs.
     */
    static <T, O> List<T> ofAll(EntityManager entityManager, Class<T> type, String ownerAttribute,
            Collection<O> owners, String orderBy, UnaryOperator<TypedQuery<T>> adjust) {
        List<T> rows = new ArrayList<>();
        for (List<O> chunk : Chunks.of(owners)) {
            rows.addAll(adjust.apply(entityManager.createQuery("SELECT x FROM " + type.getSimpleName() + " x WHERE x."
                            + ownerAttribute + " IN :owners ORDER BY " + orderBy, type)
                    .setParameter("owners", chunk)).getResultList());
        }
        return rows;
    }
}
