package org.jiannuo.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jiannuo.infrastructure.persistence.DatabaseMigration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Flyway, not EclipseLink, made the schema, and every migration succeeded. */
@ExtendWith(ArquillianExtension.class)
class DatabaseMigrationIT {

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Test
    void everyMigrationIsAppliedSuccessfully() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT COUNT(*), SUM(CASE WHEN success THEN 1 ELSE 0 END)"
                                + " FROM flyway_schema_history WHERE version IS NOT NULL")) {
            result.next();
            assertTrue(result.getInt(1) >= 1, "at least one versioned migration");
            assertEquals(result.getInt(1), result.getInt(2), "every migration succeeded");
        }
    }

    @Test
    void tenantOwnedTablesCarryTheTenantColumn() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (String table : new String[] {"org_unit", "person", "user_account"}) {
                try (ResultSet columns = connection.getMetaData().getColumns(null, null, table, "tenant_code")) {
                    assertTrue(columns.next(), table + " has tenant_code");
                }
            }
        }
    }
}
