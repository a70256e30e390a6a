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
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiannuo.application.ballot.IssuedCodes;
import org.jiannuo.application.ballot.NewOccasion;
import org.jiannuo.application.ballot.OccasionResults;
import org.jiannuo.application.ballot.OccasionView;
import org.jiannuo.application.ballot.Occasions;
import org.jiannuo.interfaces.report.ParticipationSlips;

/**
 * A unit's own secret ballots and surveys (the year-end ballot, the masses' satisfaction form with
 * participation codes) under the same authorization as the screens. Casting answers 204 and nothing
 * else.
 */
@ApplicationScoped
@Path("ballots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BallotsResource {

    @EJB
    Occasions occasions;

    @Inject
    ParticipationSlips slips;

    @Context
    HttpHeaders headers;

    @GET
    public List<OccasionView> list(@QueryParam("unit") long unitId) {
        return occasions.of(unitId);
    }

    @POST
    public OccasionView create(NewOccasion body) {
        return occasions.create(body);
    }

    @GET
    @Path("{id}")
    public OccasionView view(@PathParam("id") long id) {
        return occasions.view(id);
    }

    @POST
    @Path("{id}/open")
    public OccasionView open(@PathParam("id") long id) {
        return occasions.open(id);
    }

    /** Issues participation codes; this answer is the only time they are seen in clear. */
    @POST
    @Path("{id}/codes")
    public IssuedCodes issueCodes(@PathParam("id") long id, CodesBody body) {
        return occasions.issueCodes(id, body == null ? 0 : body.count());
    }

    /** Issues participation codes as printable slips with QR codes, the only copy of them in clear. */
    @POST
    @Path("{id}/codes")
    @Produces("application/pdf")
    public Response issueSlips(@PathParam("id") long id, CodesBody body) {
        IssuedCodes issued = occasions.issueCodes(id, body == null ? 0 : body.count());
        Locale locale = Problem.locale(headers);
        StreamingOutput pdf = out -> slips.write(issued, locale, out);
        return Downloads.attachment(pdf, "application/pdf", "participation-codes-" + id + ".pdf");
    }

    @POST
    @Path("{id}/votes")
    public Response vote(@PathParam("id") long id, VoteBody body) {
        occasions.cast(id, body == null ? null : body.choices());
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/paper")
    public OccasionView paper(@PathParam("id") long id, PaperBody body) {
        return occasions.enterPaper(id, body.ballots(), body.counts());
    }

    @POST
    @Path("{id}/close")
    public OccasionView close(@PathParam("id") long id) {
        return occasions.close(id);
    }

    @GET
    @Path("{id}/results")
    public OccasionResults results(@PathParam("id") long id) {
        return occasions.results(id);
    }

    public record CodesBody(int count) {
    }

    /** subject key → option of the occasion's scale. */
    public record VoteBody(Map<String, String> choices) {
    }

    public record PaperBody(int ballots, Map<String, Map<String, Integer>> counts) {
    }
}
