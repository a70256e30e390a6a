package org.jiannuo.application.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Map;
import org.jiannuo.application.AuthenticatedAccount;
import org.jiannuo.application.PasswordHasher;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.account.PasswordPolicy;
import org.jiannuo.domain.model.account.UserAccount;
import org.jiannuo.domain.model.account.UserAccountRepository;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * The holder changes their own password: the current one proves it is them, the new one keeps the
 * password policy. Every other session of the account ends; the caller's goes on.
 */
@Stateless
@TenantScoped
public class PasswordChange {

    @Inject
    Authorization authorization;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    AuditTrail auditTrail;

    /** @return the caller's sign-in as it goes on after the change */
    public AuthenticatedAccount change(String currentPassword, String newPassword) {
        AuthenticatedAccount caller = authorization.currentScope().account();
        UserAccount account = accounts.find(caller.accountId())
                .orElseThrow(() -> new AccountNotFoundException(caller.accountId()));
        if (currentPassword == null || !passwordHasher.matches(currentPassword, account.getPasswordHash())) {
            throw new RuleViolation("password.currentWrong");
        }
        if (newPassword != null && passwordHasher.matches(newPassword, account.getPasswordHash())) {
            throw new RuleViolation("password.unchanged");
        }
        Person person = account.getPerson();
        new PasswordPolicy().check(newPassword, account.getUsername(), person == null ? null : person.getPhone(),
                person == null ? null : person.getIdCardNo());
        Map<String, Object> before = account.auditState();
        account.changePassword(passwordHasher.hash(newPassword), LocalDateTime.now());
        auditTrail.record(AuditAction.ACCOUNT, AccountAdministration.ENTITY, account.getId(),
                AuditSummary.of(AuditEvent.PASSWORD_CHANGED, account.getUsername()), before, account.auditState());
        return caller.afterPasswordChange(account.getSessionEpoch());
    }
}
