package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;
import org.jiannuo.application.importing.RosterExport;
import org.jiannuo.application.opinion.BoardPosters.PosterView;
import org.jiannuo.application.opinion.BoardPosters;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.application.organization.UnitNode;
import org.jiannuo.application.spreadsheet.TableFormat;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.interfaces.report.BoardPosterReport;

/** The organization tree: the same service, scope and rules as the screens. */
@ApplicationScoped
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitsResource {

    @EJB
    RosterExport export;

    @EJB
    OrganizationTree tree;

    @EJB
    BoardPosters posters;

    @Inject
    BoardPosterReport posterReport;

    @Context
    HttpHeaders headers;

    public record NewUnit(Long parentId, OrgUnitType type, String name) {
    }

    public record Rename(String name) {
    }

    public record Move(long parentId) {
    }

    public record PublicPhone(String phone) {
    }

    /** Without {@code parent}: the top of what the caller may see. */
    @GET
    public List<UnitNode> children(@QueryParam("parent") Long parentId) {
        return tree.children(parentId);
    }

    @GET
    @Path("{id}")
    public UnitNode unit(@PathParam("id") long id) {
        return tree.node(id);
    }

    @POST
    public UnitNode create(NewUnit unit) {
        return tree.create(unit.parentId(), unit.type(), unit.name());
    }

    @PUT
    @Path("{id}/name")
    public UnitNode rename(@PathParam("id") long id, Rename rename) {
        return tree.rename(id, rename.name());
    }

    /** 公示栏海报: the unit's poster for its physical board, with the QR code of its public page, as PDF. */
    @GET
    @Path("{id}/board-poster")
    @Produces("application/pdf")
    public Response boardPoster(@PathParam("id") long id) {
        PosterView poster = posters.poster(id);
        Locale locale = Problem.locale(headers);
        StreamingOutput body = out -> posterReport.write(poster, locale, out);
        return Downloads.attachment(body, "application/pdf", "board-poster-" + id + ".pdf");
    }

    @PUT
    @Path("{id}/public-phone")
    public UnitNode changePublicPhone(@PathParam("id") long id, PublicPhone phone) {
        return tree.changePublicPhone(id, phone.phone());
    }

    @POST
    @Path("{id}/move")
    public UnitNode move(@PathParam("id") long id, Move move) {
        return tree.move(id, move.parentId());
    }

    @POST
    @Path("{id}/dissolve")
    public UnitNode dissolve(@PathParam("id") long id) {
        return tree.dissolve(id);
    }

    /** The active units the caller may see, in the import format: {@code format=CSV} or {@code XLSX}. */
    @GET
    @Path("export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response export(@QueryParam("format") @DefaultValue("CSV") TableFormat format) {
        StreamingOutput file = out -> export.units(format, out);
        return Downloads.attachment(file, "units", format);
    }
}
