package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jiannuo.application.AuthenticatedAccount;
import org.jiannuo.application.account.ApiTokenView;
import org.jiannuo.application.account.ApiTokens;
import org.jiannuo.application.account.PasswordChange;
import org.jiannuo.application.tenancy.CurrentTenant;

/** Who the caller is, in which tenant, with which roles; their own password and API tokens. */
@ApplicationScoped
@Path("me")
public class MeResource {

    @Inject
    CurrentTenant currentTenant;

    @EJB
    PasswordChange passwordChange;

    @EJB
    ApiTokens tokens;

    /**
     * @param personId the caller's own record, for their commitments; null for accounts without one
     * @param unitId   the unit the caller's scope starts at; null for the whole tenant
     */
    public record Me(String tenant, String tenantName, String username, String displayName, List<String> roles,
            Long personId, Long unitId) {
    }

    public record PasswordChangeRequest(String currentPassword, String newPassword) {
    }

    /** {@code days}: how long the token lives, at most 366. */
    public record TokenRequest(String name, int days) {
    }

    /** The caller's own new password, checked against the password policy; 204. Other sessions end. */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public void changePassword(PasswordChangeRequest request) {
        passwordChange.change(request.currentPassword(), request.newPassword());
    }

    @GET
    @Path("tokens")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ApiTokenView> tokens() {
        return tokens.list();
    }

    /** 201 with the token: the only time it is shown. Send it as {@code Authorization: Bearer <token>}. */
    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response createToken(TokenRequest request) {
        return Response.status(Response.Status.CREATED).entity(tokens.create(request.name(), request.days())).build();
    }

    @DELETE
    @Path("tokens/{id}")
    public void revokeToken(@PathParam("id") long id) {
        tokens.revoke(id);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        AuthenticatedAccount account = currentTenant.account().orElseThrow();
        return new Me(account.tenantCode(), account.tenantName(), account.username(), account.displayName(),
                account.roles().stream().map(Enum::name).sorted().toList(), account.personId(), account.scopeUnitId());
    }
}
