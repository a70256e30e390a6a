package org.jiannuo.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.tenancy.TenantBinding;
import org.jiannuo.domain.model.account.LockoutPolicy;
import org.jiannuo.domain.model.account.UserAccountRepository;
import org.jiannuo.domain.model.audit.AuditAction;

/**
 * Counts a wrong password in a transaction of its own: it commits whatever becomes of the login's,
 * and the count is added by the database, so that guesses sent at once are each counted.
 */
@Stateless
public class LoginFailures {

    static final String ENTITY = "UserAccount";

    @Inject
    UserAccountRepository accounts;

    @Inject
    TenantBinding tenantBinding;

    @Inject
    AuditTrail auditTrail;

    /** @return whether the account now waits before its next attempt */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean count(String tenantCode, long accountId, String username, String address, LocalDateTime now,
            LockoutPolicy policy) {
        tenantBinding.bind(tenantCode);
        int inARow = accounts.countFailedLogin(accountId);
        Optional<LocalDateTime> until = policy.delayAfter(inARow).map(now::plus);
        until.ifPresent(time -> accounts.delayLoginsUntil(accountId, time));
        auditTrail.record(AuditAction.LOGIN_REFUSED, ENTITY, accountId,
                until.map(time -> AuditSummary.of(AuditEvent.LOGIN_FAILED_WAITING, username, address, inARow,
                        time.withNano(0))).orElse(AuditSummary.of(AuditEvent.LOGIN_FAILED, username, address, inARow)),
                null, Map.of("failedLogins", inARow, "address", address));
        return until.isPresent();
    }
}
