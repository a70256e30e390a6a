package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * PostgreSQL settings that hold until the transaction ends ({@code set_config(name, value, true)}), set on the
 * transaction's own connection by JDBC: every service call of every request sets one, and as a native query of the
 * persistence context it took a tenth of the server's processor time of a people list page.
 */
@ApplicationScoped
public class TransactionSettings {

    @PersistenceContext
    EntityManager entityManager;

    /**
     * Outside a transaction (a bean that runs each step in one of its own) there is nothing to set: a setting local
     * to a transaction would end with the statement that set it.
     */
    public void set(String name, String value) {
        if (!entityManager.isJoinedToTransaction()) {
            return;
        }
        Connection connection = entityManager.unwrap(Connection.class);
        try (PreparedStatement statement = connection.prepareStatement("SELECT set_config(?, ?, true)")) {
            statement.setString(1, name);
            statement.setString(2, value);
            statement.execute();
        } catch (SQLException e) {
            throw new PersistenceException("Cannot set " + name + " to " + value + " for the transaction", e);
        }
    }
}
