package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jiannuo.application.opinion.BoardOpinion;
import org.jiannuo.application.opinion.OpinionReceipt;
import org.jiannuo.application.opinion.PublicOpinionBox;
import org.jiannuo.application.opinion.PublicReply;
import org.jiannuo.domain.model.opinion.TargetKind;

/**
 * The suggestion box on the public board, for anyone and without a session: an opinion left on a unit, a published
 * commitment or a published grade (named by its public key) with a solved challenge ({@link PublicChallengeResource}),
 * and the reply read with the tracking code. The code travels in the body, never in the address, which logs and browser histories keep. The
 * writer's name and contact are never answered back.
 */
@ApplicationScoped
@Path("public/board/{t}/opinions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicOpinionsResource {

    @EJB
    PublicOpinionBox box;

    @Context
    HttpServletRequest request;

    /** What the board's form sends: the target as {@code KIND:publicKey}, the opinion, and the solved challenge. */
    public record OpinionBody(String target, String text, String name, String contact, String challenge) {
    }

    public record ReplyQuery(String code) {
    }

    @POST
    public Response leave(@PathParam("t") String tenantKey, OpinionBody body) {
        if (body == null || body.target() == null || !body.target().matches("(UNIT|COMMITMENT|GRADE):[A-Za-z0-9_-]{1,64}")) {
            throw new InvalidRequest("api.invalid.opinionTarget");
        }
        String[] target = body.target().split(":", 2);
        OpinionReceipt receipt = box.leave(tenantKey, new BoardOpinion(TargetKind.valueOf(target[0]), target[1],
                body.text(), body.name(), body.contact()), body.challenge(), request.getRemoteAddr());
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    @POST
    @Path("replies")
    public PublicReply reply(@PathParam("t") String tenantKey, ReplyQuery query) {
        return box.read(tenantKey, query == null ? null : query.code());
    }
}
