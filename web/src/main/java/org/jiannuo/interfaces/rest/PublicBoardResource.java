package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.publicity.BoardNotFoundException;
import org.jiannuo.application.publicity.BoardViews.CommitmentBoard;
import org.jiannuo.application.publicity.BoardViews.GradeBoard;
import org.jiannuo.application.publicity.BoardViews.PersonBoard;
import org.jiannuo.application.publicity.BoardViews.ResultBoard;
import org.jiannuo.application.publicity.BoardViews.StarBoard;
import org.jiannuo.application.publicity.BoardViews.TenantBoard;
import org.jiannuo.application.publicity.BoardViews.UnitBoard;
import org.jiannuo.application.publicity.BoardModelPost;
import org.jiannuo.application.publicity.PublicBoard;
import org.jiannuo.domain.model.publicity.PublicKey;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * The public board as JSON, open to anyone and addressed by public keys only: what the board pages show,
 * and objections against a published grade, year-end result or year-end stars during its publicity period (JSON, or
 * the board page's plain form, which is answered with a redirect back to the page).
 */
@Path("public/board/{tenant}")
@Produces(MediaType.APPLICATION_JSON)
public class PublicBoardResource {

    @EJB
    PublicBoard board;

    @Context
    HttpServletRequest request;

    @PathParam("tenant")
    String tenant;

    @GET
    public TenantBoard tenant() {
        return board.tenant(tenant);
    }

    @GET
    @Path("units/{unit}")
    public UnitBoard unit(@PathParam("unit") String unit, @QueryParam("year") Integer year,
            @QueryParam("month") String month, @QueryParam("page") Integer page) {
        return board.unit(tenant, unit, year, month(month), page == null ? 0 : Math.max(0, Math.min(page, 10_000)));
    }

    @GET
    @Path("units/{unit}/model-posts")
    public List<BoardModelPost> modelPosts(@PathParam("unit") String unit) {
        return board.modelPosts(tenant, unit);
    }

    @GET
    @Path("people/{person}")
    public PersonBoard person(@PathParam("person") String person, @QueryParam("year") Integer year) {
        return board.person(tenant, person, year);
    }

    @GET
    @Path("commitments/{commitment}")
    public CommitmentBoard commitment(@PathParam("commitment") String commitment) {
        return board.commitment(tenant, commitment);
    }

    @GET
    @Path("grades/{grade}")
    public GradeBoard grade(@PathParam("grade") String grade) {
        return board.grade(tenant, grade);
    }

    @GET
    @Path("results/{result}")
    public ResultBoard result(@PathParam("result") String result) {
        return board.result(tenant, result);
    }

    @GET
    @Path("stars/{star}")
    public StarBoard star(@PathParam("star") String star) {
        return board.star(tenant, star);
    }

    /** An objection against the published grade, year-end result or stars of this key (JSON). */
    @POST
    @Path("{targets: grades|results|stars}/{target}/objections")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response object(@PathParam("target") String target, ObjectionBody body) {
        return lodged(target, body);
    }

    /** The board page's form: back to the grade's, result's or stars' page with what became of the objection. */
    @POST
    @Path("{targets: grades|results|stars}/{target}/objections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response objectFromPage(@PathParam("targets") String targets, @PathParam("target") String target,
            @FormParam("text") String text, @FormParam("language") String language) {
        return switch (targets) {
            case "grades" -> lodgedFromPage("grade", "g", target, text, language);
            case "results" -> lodgedFromPage("result", "r", target, text, language);
            default -> lodgedFromPage("star", "s", target, text, language);
        };
    }

    private Response lodged(String target, ObjectionBody body) {
        if (body == null) {
            throw new InvalidRequest("api.invalid.objection");
        }
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("status", board.object(tenant, target, body.text(), request.getRemoteAddr()))).build();
    }

    private Response lodgedFromPage(String page, String parameter, String target, String text, String language) {
        String outcome;
        try {
            board.object(tenant, target, text, request.getRemoteAddr());
            outcome = "lodged";
        } catch (RuleViolation violation) {
            outcome = switch (violation.code()) {
                case "objection.afterPublicity" -> "afterPublicity";
                case "objection.tooMany" -> "tooMany";
                case "objection.textRequired" -> "textRequired";
                case "objection.textTooLong" -> "textTooLong";
                default -> "refused";
            };
        }
        // Both keys were found above, so they are keys: nothing of the request's own text goes into the header.
        String address = request.getContextPath() + "/board/" + page + ".xhtml?t=" + keyOf(tenant) + "&" + parameter
                + "=" + keyOf(target) + "&outcome=" + outcome + ("en".equals(language) ? "&lang=en" : "");
        return Response.seeOther(URI.create(address)).build();
    }

    private static String keyOf(String text) {
        return PublicKey.parse(text).orElseThrow(BoardNotFoundException::new).value();
    }

    private static YearMonth month(String text) {
        try {
            return text == null || text.isBlank() ? null : YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public record ObjectionBody(String text) {
    }
}
