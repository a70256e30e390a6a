package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiannuo.application.stars.MeetingRecord;
import org.jiannuo.application.stars.StarBulletinView;
import org.jiannuo.application.stars.StarBulletins;
import org.jiannuo.application.stars.StarTargets;
import org.jiannuo.interfaces.report.StarBulletinReport;
import org.jiannuo.reports.ReportFormat;

/**
 * The quarterly star bulletin over HTTP (issue 15, point 7): a village's bulletins, drafting one, recording its
 * meeting, publishing it, and as PDF or XLSX; a township's collection of its villages' published bulletins. The
 * service checks each call as the screen's calls are checked.
 */
@ApplicationScoped
@Path("stars/bulletins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StarBulletinsResource {

    @EJB
    StarBulletins bulletins;

    @EJB
    StarTargets targets;

    @Inject
    StarBulletinReport report;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    public record DraftBody(Long unitId, String quarter) {
    }

    /** The meeting as recorded; {@code remarks} by the member's person id. */
    public record MeetingBody(long version, LocalDate heldOn, int attendees, String problems, String suggestions,
            Map<String, String> remarks) {
    }

    public record PublishBody(long version) {
    }

    @GET
    public List<StarBulletinView> ofUnit(@QueryParam("unit") Long unitId, @QueryParam("year") Integer year) {
        if (unitId == null) {
            throw new InvalidRequest("api.invalid.unitRequired");
        }
        return bulletins.ofUnit(unitId, year == null ? targets.currentYear() : year);
    }

    @POST
    public StarBulletinView draft(DraftBody body) {
        StarsResource.require(body);
        if (body.unitId() == null) {
            throw new InvalidRequest("api.invalid.unitRequired");
        }
        return bulletins.draft(body.unitId(), body.quarter() == null ? bulletins.currentQuarter() : body.quarter());
    }

    @GET
    @Path("{id}")
    public StarBulletinView view(@PathParam("id") long id) {
        return bulletins.view(id);
    }

    @PUT
    @Path("{id}")
    public StarBulletinView record(@PathParam("id") long id, MeetingBody body) {
        StarsResource.require(body);
        Map<Long, String> remarks = new HashMap<>();
        if (body.remarks() != null) {
            try {
                body.remarks().forEach((person, remark) -> remarks.put(Long.valueOf(person), remark));
            } catch (NumberFormatException e) {
                throw new InvalidRequest("api.invalid.bulletinRemarks");
            }
        }
        return bulletins.record(id, body.version(), new MeetingRecord(body.heldOn(), body.attendees(),
                body.problems(), body.suggestions(), remarks));
    }

    @POST
    @Path("{id}/publication")
    public StarBulletinView publish(@PathParam("id") long id, PublishBody body) {
        StarsResource.require(body);
        return bulletins.publish(id, body.version());
    }

    @GET
    @Path("{id}/report")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response bulletin(@PathParam("id") long id, @QueryParam("format") @DefaultValue("PDF") ReportFormat format) {
        // Refuses a bulletin the caller may not read before the 200 and its headers are sent.
        StarBulletinView bulletin = bulletins.view(id);
        Locale locale = Downloads.language(request, headers);
        return Downloads.attachment(out -> report.writeBulletin(bulletins, bulletin, format, locale, out),
                format.contentType(), StarBulletinReport.fileName(bulletin.quarter(), id, format));
    }

    @GET
    @Path("collection")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response collection(@QueryParam("unit") Long unitId, @QueryParam("quarter") String quarter,
            @QueryParam("format") @DefaultValue("PDF") ReportFormat format) {
        if (unitId == null) {
            throw new InvalidRequest("api.invalid.unitRequired");
        }
        String period = quarter == null ? bulletins.currentQuarter() : quarter;
        bulletins.unitName(unitId);
        Locale locale = Downloads.language(request, headers);
        return Downloads.attachment(out -> report.writeCollection(bulletins, unitId, period, format, locale, out),
                format.contentType(), StarBulletinReport.fileName(period, unitId, format));
    }
}
