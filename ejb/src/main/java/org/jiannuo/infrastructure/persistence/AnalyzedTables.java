package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jiannuo.application.TableStatistics;

/**
 * {@code ANALYZE} on PostgreSQL. H2 analyses a table by itself once 2,000 of its rows changed (its own
 * {@code ANALYZE} would commit the import's transaction); until then its plans rest on the tenant column's
 * selectivity that {@link H2TenantSelectivity} declares at start. Inside
 * a transaction PostgreSQL counts the rows the transaction wrote itself, so an import can refresh the
 * statistics before it commits. Analysing a table needs no row-level-security check: it reads samples only.
 */
@ApplicationScoped
public class AnalyzedTables implements TableStatistics {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    DatabaseVendor databaseVendor;

    @Override
    public void refresh(String... tables) {
        if (!databaseVendor.isPostgresql()) {
            return;
        }
        for (String table : tables) {
            if (!table.matches("[a-z_]+")) {
                throw new IllegalArgumentException("Not a table name: " + table);
            }
            entityManager.createNativeQuery("ANALYZE " + table).executeUpdate();
        }
    }
}
