package org.jiannuo.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.transaction.SystemException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aCutOrRefusedConnectionDeepInTheCausesIsAnOutage() {
        // pg_terminate_backend, a restart's shutdown, a refused connection while it starts, a broken socket
        for (String state : new String[] {"57P01", "57P02", "57P03", "08001", "08006"}) {
            assertTrue(DatabaseOutage.causes(new EJBException(new PersistenceException(
                    new IllegalStateException(new SQLException("away", state))))), state);
        }
        assertTrue(DatabaseOutage.causes(new RuntimeException(new SQLTransientConnectionException("pool empty"))));
    }

    @Test
    void thePoolRefusingADeadConnectionOrTheCommitFailingOnOneIsAnOutage() {
        // as Payara reports them: no SQL state anywhere in the chain
        assertTrue(DatabaseOutage.causes(new PersistenceException(new SQLException(
                "Error in allocating a connection", new ResourceAllocationException("not usable")))));
        SystemException commit = new SystemException();
        commit.initCause(new XAException("This Managed Connection is not valid"));
        assertTrue(DatabaseOutage.causes(new EJBException("Unable to complete container-managed transaction.",
                commit)));
    }

    @Test
    void aRequestsOwnFailureIsNot() {
        assertFalse(DatabaseOutage.causes(new EJBException(new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate key", "23505")))));
        assertFalse(DatabaseOutage.causes(new SQLException("statement timeout", "57014")));
        assertFalse(DatabaseOutage.causes(new IllegalArgumentException("no SQL at all")));
    }
}
