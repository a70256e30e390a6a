package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jiannuo.application.summary.SelfReportView;
import org.jiannuo.application.summary.SelfReports;

/** Half-year self-reports over HTTP: one's own on a half ({@code 2026-H1}), and a unit's for those who read it. */
@ApplicationScoped
@Path("self-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SelfReportsResource {

    @EJB
    SelfReports selfReports;

    /** One's report on a half: the three parts, and whether to submit it (final). */
    public record SelfReportBody(long version, String done, String undone, String nextSteps, boolean submit) {
    }

    @GET
    public List<SelfReportView> ofUnit(@QueryParam("unit") Long unitId, @QueryParam("period") String period) {
        if (unitId == null) {
            throw new InvalidRequest("api.invalid.unitRequired");
        }
        return selfReports.ofUnit(unitId, period);
    }

    @GET
    @Path("mine/{period}")
    public SelfReportView own(@PathParam("period") String period) {
        return selfReports.own(period);
    }

    @PUT
    @Path("mine/{period}")
    public SelfReportView write(@PathParam("period") String period, SelfReportBody body) {
        if (body == null) {
            throw new InvalidRequest("api.invalid.bodyRequired");
        }
        return selfReports.write(period, body.version(), body.done(), body.undone(), body.nextSteps(), body.submit());
    }
}
