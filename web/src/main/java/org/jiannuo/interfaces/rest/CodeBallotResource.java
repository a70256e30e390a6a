package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jiannuo.application.ballot.CodeBallots;
import org.jiannuo.application.ballot.CodePaper;

/**
 * Voting with a participation code, without an account (the only part of the API open to anyone):
 * the paper the code opens, and the ballot it casts once.
 */
@ApplicationScoped
@Path("public/ballot")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CodeBallotResource {

    @EJB
    CodeBallots codeBallots;

    @GET
    public CodePaper paper(@QueryParam("tenant") String tenant, @QueryParam("occasion") Long occasion,
            @QueryParam("code") String code) {
        return codeBallots.paper(tenant, occasion, code);
    }

    @POST
    public Response cast(CodeVoteBody body) {
        if (body == null) {
            throw new InvalidRequest("api.invalid.ballot");
        }
        codeBallots.cast(body.tenant(), body.occasion(), body.code(), body.choices());
        return Response.noContent().build();
    }

    public record CodeVoteBody(String tenant, Long occasion, String code, Map<String, String> choices) {
    }
}
