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

    public record Me(String tenant, String tenantName, String username, String displayName, List<String> roles) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        AuthenticatedAccount account = currentTenant.account().orElseThrow();
        return new Me(account.tenantCode(), account.tenantName(), account.username(), account.displayName(),
                account.roles().stream().map(Enum::name).sorted().toList());
    }
}
