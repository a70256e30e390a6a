package org.jiannuo.infrastructure.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * H2 plans a query with each column's selectivity, and a column it has not analysed counts as 50 (of 100).
 * It analyses a table by itself only once 2,000 of its rows have changed, which a county's thousand units never
 * reach. With 50, every join to a unit, which EclipseLink makes with the tenant's condition, found the unit by
 * the index that starts with the tenant and read all the tenant's units for each row: the ledger of 103,878
 * items took 50 s to read instead of 2. Few tenants share a database, so the tenant column is declared as
 * selective as it is, 1, wherever H2 has not measured it yet; its own analysis later replaces the figure.
 */
final class H2TenantSelectivity {

    private static final int NOT_MEASURED = 50;

    private H2TenantSelectivity() {
    }

    static void declare(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet unmeasured = sql.executeQuery("SELECT table_name FROM information_schema.columns"
                    + " WHERE table_schema = CURRENT_SCHEMA AND column_name = 'tenant_code'"
                    + " AND selectivity = " + NOT_MEASURED)) {
                while (unmeasured.next()) {
                    tables.add(unmeasured.getString(1));
                }
            }
            for (String table : tables) {
                sql.execute("ALTER TABLE \"" + table.replace("\"", "\"\"") + "\" ALTER COLUMN tenant_code SELECTIVITY 1");
            }
        }
    }
}
