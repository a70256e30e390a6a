package org.jiannuo.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jiannuo.application.AuthenticatedAccount;
import org.jiannuo.infrastructure.tenancy.CurrentTenant;

/** Who the caller is, in which tenant, with which roles. */
@Path("me")
public class MeResource {

    @Inject
    CurrentTenant currentTenant;

    /**
     * @param personId the caller's own record, for their commitments; null for accounts without one
     * @param unitId   the unit the caller's scope starts at; null for the whole tenant
     */
    public record Me(String tenant, String tenantName, String username, String displayName, List<String> roles,
            Long personId, Long unitId) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        AuthenticatedAccount account = currentTenant.account().orElseThrow();
        return new Me(account.tenantCode(), account.tenantName(), account.username(), account.displayName(),
                account.roles().stream().map(Enum::name).sorted().toList(), account.personId(), account.scopeUnitId());
    }
}
