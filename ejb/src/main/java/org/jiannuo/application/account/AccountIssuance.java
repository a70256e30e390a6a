package org.jiannuo.application.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jiannuo.application.PasswordHasher;
import org.jiannuo.application.TableStatistics;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.people.InScope;
import org.jiannuo.application.people.PersonNotFoundException;
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
import org.jiannuo.domain.model.tenant.TenantRepository;

/**
 * Issues accounts to people of the roster: who gets one is settled first ({@link #candidates}), then
 * the accounts are made a batch per transaction ({@link #issue}), so that tens of thousands go through
 * with bounded memory and a progress bar, and a run broken off is finished by running it again (those
 * who got an account are not candidates any more). Each account gets a username by the tenant's scheme
 * and a one-time password that the first sign-in replaces.
 */
@Stateless
@TenantScoped
public class AccountIssuance {

    /** People per transaction of {@link #issue}. */
    public static final int BATCH = 500;

    @Inject
    Authorization authorization;

    @Inject
    InScope inScope;

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

    @Inject
    TableStatistics statistics;

    @PersistenceContext
    EntityManager entityManager;

    /** The people of the scope who have no account yet, by unit and name; refused for people or units outside the caller's. */
    public List<Long> candidates(IssueScope target) {
        AccessScope scope = authorization.currentScope().requireAccountKeeper();
        if (!target.personIds().isEmpty()) {
            List<Person> named = people(target.personIds());
            if (named.size() < new HashSet<>(target.personIds()).size()) {
                throw new PersonNotFoundException(target.personIds().stream()
                        .filter(id -> named.stream().noneMatch(p -> p.getId().equals(id))).findFirst().orElseThrow());
            }
            Set<Long> holders = units.postHoldersAmong(target.personIds());
            named.forEach(person -> {
                if (!keeping.keeps(scope, person, holders.contains(person.getId()))) {
                    throw new AccessDeniedException(scope.account() + " may not issue an account to " + person.getId());
                }
            });
            Set<Long> having = accounts.peopleWithAccounts(target.personIds());
            return named.stream().map(Person::getId).filter(id -> !having.contains(id)).toList();
        }
        List<String> paths = new ArrayList<>();
        if (target.unitId() != null) {
            OrgUnit unit = inScope.unit(target.unitId(), scope);
            if (!scope.hasRoleOver(unit, AccessScope.ACCOUNT_KEEPERS)) {
                throw new AccessDeniedException(scope.account() + " may not issue accounts in unit " + unit.getId());
            }
            paths.add(unit.getTreePath());
        } else if (scope.account().hasRole(Role.DEPARTMENT_ADMIN)) {
            paths.add("/");
        } else {
            paths.addAll(scope.pathsOf(AccessScope.ACCOUNT_KEEPERS));
        }
        List<Long> ids = new ArrayList<>();
        for (String path : paths) {
            ids.addAll(entityManager.createQuery("SELECT p.id FROM Person p JOIN p.orgUnit u"
                            + " WHERE u.treePath LIKE :path AND p.departedOn IS NULL AND NOT EXISTS"
                            + " (SELECT a FROM UserAccount a WHERE a.person = p) ORDER BY u.treePath, p.name, p.id",
                            Long.class)
                    .setParameter("path", path + "%")
                    .getResultList());
        }
        List<Long> distinct = ids.stream().distinct().toList();
        // Holders of posts above or beside the caller's are no candidates of theirs: see AccountGrants.keeps.
        Set<Long> notKept = new HashSet<>();
        Set<Long> holders = units.postHoldersAmong(distinct);
        people(List.copyOf(holders)).stream().filter(person -> !keeping.keeps(scope, person, true))
                .forEach(person -> notKept.add(person.getId()));
        return distinct.stream().filter(id -> !notKept.contains(id)).toList();
    }

    /**
     * Makes the accounts of these people, at most {@link #BATCH}, in one transaction; people who have an
     * account meanwhile are passed over. Returns what the slips and the mail need, one-time passwords in clear.
     */
    public List<IssuedAccount> issue(List<Long> personIds) {
        if (personIds.size() > BATCH) {
            throw new IllegalArgumentException("At most " + BATCH + " people per batch");
        }
        AccessScope scope = authorization.currentScope().requireAccountKeeper();
        UsernameScheme scheme = tenants.findByCode(scope.account().tenantCode()).orElseThrow().getUsernameScheme();
        Set<Long> having = accounts.peopleWithAccounts(personIds);
        Set<Long> holders = units.postHoldersAmong(personIds);
        Set<String> assigned = new HashSet<>();
        OneTimePasswords passwords = new OneTimePasswords();
        List<IssuedAccount> issued = new ArrayList<>();
        for (Person person : people(personIds)) {
            if (having.contains(person.getId())) {
                continue;
            }
            if (!keeping.keeps(scope, person, holders.contains(person.getId()))) {
                throw new AccessDeniedException(scope.account() + " may not issue an account to " + person.getId());
            }
            String username = scheme.usernameFor(person, name -> assigned.contains(name) || accounts.isTaken(name));
            assigned.add(username);
            String oneTimePassword = passwords.next();
            UserAccount account = UserAccount.forPerson(username, passwordHasher.hashOneTime(oneTimePassword), person,
                    true);
            accounts.store(account);
            auditTrail.record(AuditAction.ACCOUNT, AccountAdministration.ENTITY, account.getId(),
                    AuditSummary.of(AuditEvent.ACCOUNT_ISSUED, username, person.getName()), null, account.auditState());
            issued.add(new IssuedAccount(person.getId(), person.getName(), person.getOrgUnit().getName(), username,
                    oneTimePassword, person.getEmail()));
        }
        if (!issued.isEmpty()) {
            // A county's issuance is a bulk load: planned on the statistics of the accounts before it, a token's
            // lookup went through every account of the tenant. The refresh costs a fraction of the batch's hashing.
            statistics.refresh("user_account");
        }
        return issued;
    }

    private List<Person> people(List<Long> ids) {
        List<Person> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            TypedQuery<Person> query = entityManager.createQuery(
                    "SELECT p FROM Person p JOIN FETCH p.orgUnit WHERE p.id IN :ids AND p.departedOn IS NULL"
                            + " ORDER BY p.id", Person.class);
            found.addAll(query.setParameter("ids", ids.subList(from, Math.min(ids.size(), from + BATCH))).getResultList());
        }
        return found;
    }
}
