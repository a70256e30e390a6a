package org.jiannuo.it.support;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * How PostgreSQL planned the prepared statements of the connection that one transaction holds: its
 * {@code pg_prepared_statements} view counts, per statement, the plans made for the values of each execution
 * (custom) and those kept for any value (generic).
 */
@Stateless
public class PreparedStatementPlans {

    @PersistenceContext
    EntityManager entityManager;

    public record Plans(long generic, long custom) {
    }

    /** Does the work the given number of times in this transaction, then counts the plans of the statements holding the text. */
    public Plans afterRepeating(int times, Runnable work, String statementText) {
        for (int i = 0; i < times; i++) {
            work.run();
        }
        Object[] plans = (Object[]) entityManager.createNativeQuery("SELECT COALESCE(SUM(generic_plans), 0),"
                        + " COALESCE(SUM(custom_plans), 0) FROM pg_prepared_statements WHERE statement LIKE ?1")
                .setParameter(1, "%" + statementText + "%")
                .getSingleResult();
        return new Plans(((Number) plans[0]).longValue(), ((Number) plans[1]).longValue());
    }
}
