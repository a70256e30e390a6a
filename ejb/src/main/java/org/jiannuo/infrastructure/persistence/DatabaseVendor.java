package org.jiannuo.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Which database the application runs on, read once from the data source. */
@ApplicationScoped
public class DatabaseVendor {

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    private volatile Boolean postgresql;

    public boolean isPostgresql() {
        if (postgresql == null) {
            try (Connection connection = dataSource.getConnection()) {
                postgresql = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the database product", e);
            }
        }
        return postgresql;
    }
}
