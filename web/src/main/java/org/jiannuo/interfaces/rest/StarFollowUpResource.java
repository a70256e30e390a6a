package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiannuo.application.stars.FollowUpView;
import org.jiannuo.application.stars.HelpView;
import org.jiannuo.application.stars.StarCertificate;
import org.jiannuo.application.stars.StarFollowUps;
import org.jiannuo.application.stars.StarTargets;
import org.jiannuo.domain.model.stars.FollowUpThresholds;
import org.jiannuo.interfaces.report.StarCommendationCertificate;
import org.jiannuo.reports.ReportFormat;

/**
 * The use of the year-end star results over HTTP (issue 15, point 9): a village's or a township's
 * follow-up, the thresholds, reserve cadre marks, pairing a lagging member with a helper and recording the help,
 * and the 七一 certificates as PDF. The service checks each call as the screen's calls are checked.
 */
@ApplicationScoped
@Path("stars/follow-up")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StarFollowUpResource {

    @EJB
    StarFollowUps followUps;

    @EJB
    StarTargets targets;

    @Inject
    StarCommendationCertificate certificate;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    public record ReserveBody(Integer year, String note) {
    }

    public record PairingBody(Integer year, Long helperId) {
    }

    public record HelpBody(LocalDate helpedOn, String note) {
    }

    @GET
    public FollowUpView ofUnit(@QueryParam("unit") Long unitId, @QueryParam("year") Integer year) {
        return followUps.of(unit(unitId), year(year));
    }

    @GET
    @Path("thresholds")
    public FollowUpThresholds thresholds() {
        return followUps.thresholds();
    }

    @PUT
    @Path("thresholds")
    public FollowUpThresholds changeThresholds(FollowUpThresholds body) {
        StarsResource.require(body);
        return followUps.changeThresholds(body);
    }

    @PUT
    @Path("reserves/{personId}")
    public Map<String, Object> markReserve(@PathParam("personId") long personId, ReserveBody body) {
        StarsResource.require(body);
        followUps.markReserve(personId, year(body.year()), body.note());
        return Map.of("personId", personId, "reserve", true);
    }

    @DELETE
    @Path("reserves/{personId}")
    public Map<String, Object> withdrawReserve(@PathParam("personId") long personId, @QueryParam("year") Integer year) {
        followUps.withdrawReserve(personId, year(year));
        return Map.of("personId", personId, "reserve", false);
    }

    @PUT
    @Path("lagging/{personId}")
    public Map<String, Object> pair(@PathParam("personId") long personId, PairingBody body) {
        StarsResource.require(body);
        if (body.helperId() == null) {
            throw new InvalidRequest("api.invalid.helperRequired");
        }
        return Map.of("laggingId", followUps.pair(personId, year(body.year()), body.helperId()));
    }

    @GET
    @Path("help/{laggingId}")
    public List<HelpView> help(@PathParam("laggingId") long laggingId) {
        return followUps.help(laggingId);
    }

    @POST
    @Path("help/{laggingId}")
    public HelpView recordHelp(@PathParam("laggingId") long laggingId, HelpBody body) {
        StarsResource.require(body);
        return followUps.recordHelp(laggingId, body.helpedOn(), body.note());
    }

    @GET
    @Path("certificates")
    @Produces("application/pdf")
    public Response certificates(@QueryParam("unit") Long unitId, @QueryParam("year") Integer year) {
        // Read before the 200 and its headers are sent: a refusal is still an error response.
        List<StarCertificate> commended = followUps.certificates(unit(unitId), year(year));
        Locale locale = Downloads.language(request, headers);
        return Downloads.attachment(out -> certificate.write(commended, locale, out), ReportFormat.PDF.contentType(),
                StarCommendationCertificate.fileName(unitId, year(year)));
    }

    static long unit(Long unitId) {
        if (unitId == null) {
            throw new InvalidRequest("api.invalid.unitRequired");
        }
        return unitId;
    }

    private int year(Integer year) {
        return year == null ? targets.currentYear() : year;
    }
}
