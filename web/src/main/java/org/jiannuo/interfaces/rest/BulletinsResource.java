package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import java.util.Locale;
import org.jiannuo.application.summary.BulletinView;
import org.jiannuo.application.summary.Bulletins;
import org.jiannuo.domain.model.summary.BulletinKind;
import org.jiannuo.domain.model.summary.BulletinText;
import org.jiannuo.interfaces.i18n.BulletinWords;
import org.jiannuo.interfaces.report.BulletinReport;

/**
 * Half-year bulletins and quarterly reports over HTTP: a unit's list, a draft for a period ({@code 2026-H1},
 * {@code 2026-Q2}) worded in the caller's language, edits, publication and the PDF.
 */
@ApplicationScoped
@Path("bulletins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BulletinsResource {

    @EJB
    Bulletins bulletins;

    @Inject
    BulletinReport report;

    @Context
    HttpHeaders headers;

    public record DraftBody(long unitId, BulletinKind kind, String period) {
    }

    public record EditBody(long version, String body, String praised, String urged) {
    }

    public record PublishBody(long version) {
    }

    @GET
    public List<BulletinView> ofUnit(@QueryParam("unit") Long unitId) {
        if (unitId == null) {
            throw new InvalidRequest("api.invalid.unitRequired");
        }
        return bulletins.ofUnit(unitId);
    }

    @POST
    public BulletinView draft(DraftBody body) {
        require(body);
        return bulletins.draft(body.unitId(), body.kind(), body.period(), new BulletinWords(Problem.locale(headers)));
    }

    @GET
    @Path("{id}")
    public BulletinView bulletin(@PathParam("id") long id) {
        return bulletins.view(id);
    }

    @PUT
    @Path("{id}")
    public BulletinView edit(@PathParam("id") long id, EditBody body) {
        require(body);
        return bulletins.edit(id, body.version(), new BulletinText(body.body(), body.praised(), body.urged()));
    }

    @POST
    @Path("{id}/publish")
    public BulletinView publish(@PathParam("id") long id, PublishBody body) {
        require(body);
        return bulletins.publish(id, body.version());
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        // Refuses a bulletin the caller may not read before the 200 and its headers are sent.
        BulletinView bulletin = bulletins.view(id);
        Locale locale = Problem.locale(headers);
        return Downloads.attachment(out -> report.write(bulletin, locale, out), "application/pdf",
                BulletinReport.fileName(bulletin));
    }

    private static void require(Object body) {
        if (body == null) {
            throw new InvalidRequest("api.invalid.bodyRequired");
        }
    }
}
