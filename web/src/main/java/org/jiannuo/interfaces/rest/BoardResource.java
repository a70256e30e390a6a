package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.publicity.BoardAddress;
import org.jiannuo.application.publicity.BoardAddresses;
import org.jiannuo.application.publicity.ObjectionLine;
import org.jiannuo.application.publicity.Objections;
import org.jiannuo.application.publicity.PublicitySettings;
import org.jiannuo.application.publicity.PublicitySettings.Settings;

/**
 * The public board from inside: where the caller's things are on it, objections a member lodges against
 * a published grade, year-end result or year-end stars, the list and answers of objections, and the department's publicity
 * settings.
 */
@ApplicationScoped
@Path("board")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BoardResource {

    @Context
    HttpServletRequest request;

    @EJB
    BoardAddresses addresses;

    @EJB
    Objections objections;

    @EJB
    PublicitySettings settings;

    @GET
    public BoardAddress mine() {
        return addresses.mine();
    }

    /** A member's objection against the published grade, year-end result or stars of this key. */
    @POST
    @Path("{targets: grades|results|stars}/{target}/objections")
    public Response object(@PathParam("target") String target, PublicBoardResource.ObjectionBody body) {
        return lodged(target, body);
    }

    private Response lodged(String target, PublicBoardResource.ObjectionBody body) {
        if (body == null) {
            throw new InvalidRequest("api.invalid.objection");
        }
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("status", objections.lodge(target, body.text(), request.getRemoteAddr()))).build();
    }

    @GET
    @Path("objections")
    public List<ObjectionLine> objections(@QueryParam("open") boolean openOnly) {
        return objections.list(openOnly);
    }

    @POST
    @Path("objections/{id}/decision")
    public ObjectionLine decide(@PathParam("id") long id, DecisionBody body) {
        if (body == null) {
            throw new InvalidRequest("api.invalid.objectionDecision");
        }
        return objections.decide(id, body.version(), body.grade(), body.reason());
    }

    @GET
    @Path("settings")
    public Settings settings() {
        return settings.get();
    }

    @PUT
    @Path("settings")
    public Settings changeSettings(Settings changed) {
        if (changed == null) {
            throw new InvalidRequest("api.invalid.publicitySettings");
        }
        return settings.change(changed);
    }

    /**
     * {@code grade}: the name of a grade (★☆○△) or of a year-end result (优秀/合格/不合格), or a member's year-end
     * stars per aspect in the order ideology, law, customs, liaison, post ({@code 2,2,2,1,1}), as the objection's kind.
     */
    public record DecisionBody(long version, String grade, String reason) {
    }
}
