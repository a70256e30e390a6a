package org.jiannuo.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;
import org.jiannuo.infrastructure.startup.StartupFailure;

/**
 * The server opens the persistence unit while it deploys, before any of the application's
 * start-up code: an unreachable database or a wrong password would otherwise surface as a
 * bare EclipseLink stack trace. This check runs first and names the settings to fix.
 */
public class DatabaseConnectionCheck implements SessionCustomizer {

    static final String ADVICE = "Cannot connect to the database. Check jiannuo.db.url, jiannuo.db.user,"
            + " jiannuo.db.password and jiannuo.db.datasource-class (or JIANNUO_DB_URL, JIANNUO_DB_USER,"
            + " JIANNUO_DB_PASSWORD, JIANNUO_DB_DATASOURCE_CLASS).";

    @Override
    public void customize(Session session) {
        try (Connection connection = dataSource(session).getConnection()) {
            connection.isValid(5);
        } catch (SQLException | NamingException | RuntimeException e) {
            throw StartupFailure.fail(ADVICE, e);
        }
    }

    private static DataSource dataSource(Session session) throws NamingException {
        if (session.getDatasourceLogin() instanceof DatasourceLogin login
                && login.getConnector() instanceof JNDIConnector connector && connector.getDataSource() != null) {
            return connector.getDataSource();
        }
        return (DataSource) new InitialContext().lookup(DatabaseMigration.DATA_SOURCE);
    }
}
