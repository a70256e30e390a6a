package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jiannuo.application.tenant.TenantAdministration;
import org.jiannuo.application.tenant.TenantSummary;

/** Tenant administration for the platform administrator. */
@ApplicationScoped
@Path("tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantsResource {

    @EJB
    TenantAdministration administration;

    public record NewTenant(String code, String name, String adminUsername, String adminPassword) {
    }

    @GET
    public List<TenantSummary> tenants() {
        return administration.list();
    }

    @POST
    public TenantSummary open(NewTenant tenant) {
        return administration.open(tenant.code(), tenant.name(), tenant.adminUsername(), tenant.adminPassword());
    }

    @POST
    @Path("{code}/suspend")
    public TenantSummary suspend(@PathParam("code") String code) {
        return administration.suspend(code);
    }

    @POST
    @Path("{code}/reactivate")
    public TenantSummary reactivate(@PathParam("code") String code) {
        return administration.reactivate(code);
    }
}
