package org.jiannuo.application.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiannuo.application.PasswordHasher;
import org.jiannuo.application.ResultPage;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.AccountGrants;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.account.OneTimePasswords;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.account.UserAccount;
import org.jiannuo.domain.model.account.UserAccountRepository;
import org.jiannuo.domain.model.account.UsernameScheme;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.tenant.Tenant;
import org.jiannuo.domain.model.tenant.TenantRepository;

/**
 * The accounts of the people below the caller: listed with their state, a password reset (a new
 * one-time password; every open session of the account ends), disabled and enabled. The department
 * admin keeps every account of the tenant, a secretary those of their subtree; nobody their own here.
 */
@Stateless
@TenantScoped
public class AccountAdministration {

    static final String ENTITY = "UserAccount";

    @Inject
    Authorization authorization;

    @Inject
    UserAccountRepository accounts;

    @Inject
    OrgUnitRepository units;

    @Inject
    TenantRepository tenants;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    AuditTrail auditTrail;

    @Inject
    AccountGrants keeping;

    @PersistenceContext
    EntityManager entityManager;

    /** People of the caller's subtree with their accounts, by unit and name, paged by the database. */
    public ResultPage<AccountRow> list(AccountSearch search, int first, int size) {
        AccessScope scope = authorization.currentScope().requireAccountKeeper();
        Map<String, Object> parameters = new HashMap<>();
        String where = where(search, scope, parameters);
        TypedQuery<Person> page = entityManager.createQuery("SELECT p FROM Person p JOIN FETCH p.orgUnit u"
                + where + " ORDER BY u.treePath, p.name, p.id", Person.class);
        TypedQuery<Long> count = entityManager.createQuery("SELECT COUNT(p) FROM Person p JOIN p.orgUnit u" + where,
                Long.class);
        parameters.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Person> people = page.setFirstResult(first).setMaxResults(size).getResultList();
        Map<Long, UserAccount> byPerson = people.isEmpty() ? Map.of() : entityManager.createQuery(
                        "SELECT a FROM UserAccount a WHERE a.person.id IN :ids", UserAccount.class)
                .setParameter("ids", people.stream().map(Person::getId).toList())
                .getResultStream().collect(Collectors.toMap(a -> a.getPerson().getId(), Function.identity()));
        List<AccountRow> rows = new ArrayList<>();
        for (Person person : people) {
            UserAccount account = byPerson.get(person.getId());
            rows.add(new AccountRow(person.getId(), person.getName(), person.getOrgUnit().getName(),
                    account == null ? null : account.getId(), account == null ? null : account.getUsername(),
                    stateOf(account), account == null ? null : account.getLastLoginAt()));
        }
        return new ResultPage<>(rows, count.getSingleResult());
    }

    /** A new one-time password for the account; its holder must choose a new one at the next sign-in. */
    public IssuedAccount reset(long accountId) {
        UserAccount account = kept(accountId);
        String oneTimePassword = new OneTimePasswords().next();
        var before = account.auditState();
        account.resetPassword(passwordHasher.hashOneTime(oneTimePassword));
        auditTrail.record(AuditAction.ACCOUNT, ENTITY, accountId,
                AuditSummary.of(AuditEvent.PASSWORD_RESET, account.getUsername()), before,
                account.auditState());
        Person person = account.getPerson();
        return new IssuedAccount(person.getId(), person.getName(), person.getOrgUnit().getName(),
                account.getUsername(), oneTimePassword, person.getEmail());
    }

    public void disable(long accountId) {
        UserAccount account = kept(accountId);
        var before = account.auditState();
        account.disable();
        auditTrail.record(AuditAction.ACCOUNT, ENTITY, accountId,
                AuditSummary.of(AuditEvent.ACCOUNT_DISABLED, account.getUsername()), before,
                account.auditState());
    }

    public void enable(long accountId) {
        UserAccount account = kept(accountId);
        var before = account.auditState();
        account.enable();
        auditTrail.record(AuditAction.ACCOUNT, ENTITY, accountId,
                AuditSummary.of(AuditEvent.ACCOUNT_ENABLED, account.getUsername()), before,
                account.auditState());
    }

    public UsernameScheme usernameScheme() {
        return tenant().getUsernameScheme();
    }

    public void chooseUsernameScheme(UsernameScheme scheme) {
        authorization.currentScope().requireRole(Role.DEPARTMENT_ADMIN);
        Tenant tenant = tenant();
        UsernameScheme before = tenant.getUsernameScheme();
        tenant.chooseUsernameScheme(scheme);
        auditTrail.record(AuditAction.UPDATE, "Tenant", tenant.getId(),
                AuditSummary.of(AuditEvent.USERNAME_SCHEME_CHOSEN, scheme),
                Map.of("usernameScheme", before.name()), Map.of("usernameScheme", scheme.name()));
    }

    static AccountState stateOf(UserAccount account) {
        if (account == null) {
            return AccountState.NONE;
        }
        if (!account.isEnabled()) {
            return AccountState.DISABLED;
        }
        return account.isMustChangePassword() ? AccountState.ONE_TIME_PASSWORD : AccountState.ACTIVE;
    }

    /** An account of a person the caller keeps accounts for; the caller's own is kept by others. */
    private UserAccount kept(long accountId) {
        AccessScope scope = authorization.currentScope().requireAccountKeeper();
        UserAccount account = accounts.find(accountId)
                .filter(found -> found.getPerson() != null && keeping.keeps(scope, found.getPerson()))
                .orElseThrow(() -> new AccountNotFoundException(accountId));
        if (account.getId() == scope.account().accountId()) {
            throw new AccessDeniedException(scope.account() + " may not reset or disable their own account here");
        }
        return account;
    }

    private Tenant tenant() {
        String code = authorization.currentScope().account().tenantCode();
        return tenants.findByCode(code).orElseThrow();
    }

    private String where(AccountSearch search, AccessScope scope, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (!scope.account().hasRole(Role.DEPARTMENT_ADMIN)) {
            List<String> paths = new ArrayList<>(scope.pathsOf(AccessScope.ACCOUNT_KEEPERS));
            where.append(paths.isEmpty() ? " AND 1 = 0" : " AND (");
            for (int i = 0; i < paths.size(); i++) {
                where.append(i == 0 ? "" : " OR ").append("u.treePath LIKE :scope").append(i);
                parameters.put("scope" + i, paths.get(i) + "%");
            }
            where.append(paths.isEmpty() ? "" : ")");
        }
        if (search.unitId() != null) {
            OrgUnit unit = units.find(search.unitId()).filter(scope::canRead).orElse(null);
            where.append(" AND u.treePath LIKE :unit");
            parameters.put("unit", unit == null ? "-" : unit.getTreePath() + "%");
        }
        String text = search.text() == null ? "" : search.text().strip();
        if (!text.isEmpty()) {
            where.append(" AND (p.name LIKE :text OR EXISTS (SELECT t FROM UserAccount t WHERE t.person = p"
                    + " AND t.username LIKE :text))");
            parameters.put("text", "%" + text.replace("%", "").replace("_", "") + "%");
        }
        if (search.state() != null) {
            // Booleans cast to integers: EclipseLink binds them as integers on H2, which will not compare those
            // with its BOOLEAN columns; the cast reads the same on PostgreSQL.
            where.append(switch (search.state()) {
                case NONE -> " AND NOT EXISTS (SELECT s FROM UserAccount s WHERE s.person = p)";
                case DISABLED -> " AND EXISTS (SELECT s FROM UserAccount s WHERE s.person = p"
                        + " AND CAST(s.enabled AS INTEGER) = 0)";
                case ONE_TIME_PASSWORD -> " AND EXISTS (SELECT s FROM UserAccount s WHERE s.person = p"
                        + " AND CAST(s.enabled AS INTEGER) = 1 AND CAST(s.mustChangePassword AS INTEGER) = 1)";
                case ACTIVE -> " AND EXISTS (SELECT s FROM UserAccount s WHERE s.person = p"
                        + " AND CAST(s.enabled AS INTEGER) = 1 AND CAST(s.mustChangePassword AS INTEGER) = 0)";
            });
        }
        return where.toString();
    }
}
