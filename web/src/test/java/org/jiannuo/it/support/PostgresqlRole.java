package org.jiannuo.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * On PostgreSQL the suite runs as an ordinary role, as production must: a superuser would pass
 * through row-level security unseen. Before the deployment, the admin login creates that role,
 * lets it create its schema, and removes what an earlier run left.
 */
public final class PostgresqlRole {

    private PostgresqlRole() {
    }

    public static void prepareIfNeeded() throws SQLException {
        if (!"postgresql".equals(System.getProperty("it.db"))) {
            return;
        }
        String url = System.getProperty("it.db.url");
        String role = System.getProperty("it.db.user");
        String schema = System.getProperty("it.db.schema");
        requireIdentifier(role);
        requireIdentifier(schema);
        try (Connection admin = DriverManager.getConnection(url, System.getProperty("it.db.admin-user"), "");
                Statement sql = admin.createStatement()) {
            sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                    + "CREATE ROLE " + role + " LOGIN NOSUPERUSER NOBYPASSRLS; END IF; END $$");
            sql.execute("GRANT CREATE ON DATABASE " + admin.getCatalog() + " TO " + role);
            sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static void requireIdentifier(String name) {
        if (name == null || !name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
        }
    }
}
