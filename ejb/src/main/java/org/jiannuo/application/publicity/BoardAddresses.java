package org.jiannuo.application.publicity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jiannuo.application.AuthenticatedAccount;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.tenant.Tenant;

/** The board's addresses of the signed-in user's things: what the screens link to and print on posters. */
@Stateless
@TenantScoped
public class BoardAddresses {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Authorization authorization;

    public BoardAddress mine() {
        AuthenticatedAccount account = authorization.currentScope().account();
        String tenantKey = entityManager.createQuery("SELECT t FROM Tenant t WHERE t.code = :code", Tenant.class)
                .setParameter("code", account.tenantCode()).getSingleResult().publicKey().value();
        Person person = account.personId() == null ? null : entityManager.find(Person.class, account.personId());
        OrgUnit unit = person != null ? person.getOrgUnit()
                : account.scopeUnitId() == null ? null : entityManager.find(OrgUnit.class, account.scopeUnitId());
        return new BoardAddress(tenantKey, unit == null ? null : unit.publicKey().value(),
                person == null ? null : person.publicKey().value());
    }
}
