package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.stars.DebriefingView;
import org.jiannuo.application.stars.Debriefings;
import org.jiannuo.application.stars.PreAssessmentView;
import org.jiannuo.application.stars.PreAssessments;

/**
 * The half-year pre-assessment over HTTP (issue 15, point 7): a member's own debriefing, a village's pre-assessment
 * (pre-ratings, the secretary's report, submission), the township's review and its list of its villages'. Halves
 * are written {@code 2026-H1}. The services check each call as the screens' calls are checked.
 */
@ApplicationScoped
@Path("stars/pre-assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PreAssessmentsResource {

    @EJB
    PreAssessments assessments;

    @EJB
    Debriefings debriefings;

    /** Stars per aspect by the aspect's name ({@code IDEOLOGY}, {@code LAW}, ...). */
    public record RatingBody(long version, Map<String, Integer> stars, String note) {
    }

    public record ReportBody(long version, String text) {
    }

    public record SubmitBody(long version) {
    }

    public record ReviewBody(long version, boolean accepted, String comment) {
    }

    public record DebriefingBody(long version, String achievements, String shortcomings, boolean submit) {
    }

    @GET
    public List<PreAssessmentView> under(@QueryParam("unit") Long unitId, @QueryParam("half") String half) {
        if (unitId == null) {
            throw new InvalidRequest("api.invalid.unitRequired");
        }
        return assessments.under(unitId, half == null ? debriefings.currentHalf() : half);
    }

    @GET
    @Path("debriefings/own/{half}")
    public DebriefingView ownDebriefing(@PathParam("half") String half) {
        return debriefings.own(half);
    }

    @PUT
    @Path("debriefings/own/{half}")
    public DebriefingView writeDebriefing(@PathParam("half") String half, DebriefingBody body) {
        StarsResource.require(body);
        return debriefings.write(half, body.version(), body.achievements(), body.shortcomings(), body.submit());
    }

    @GET
    @Path("{unitId}/{half}")
    public PreAssessmentView of(@PathParam("unitId") long unitId, @PathParam("half") String half) {
        return assessments.of(unitId, half);
    }

    @PUT
    @Path("{unitId}/{half}/ratings/{personId}")
    public PreAssessmentView rate(@PathParam("unitId") long unitId, @PathParam("half") String half,
            @PathParam("personId") long personId, RatingBody body) {
        StarsResource.require(body);
        return assessments.rate(unitId, half, body.version(), personId, StarsResource.aspects(body.stars()),
                body.note());
    }

    @PUT
    @Path("{unitId}/{half}/report")
    public PreAssessmentView report(@PathParam("unitId") long unitId, @PathParam("half") String half,
            ReportBody body) {
        StarsResource.require(body);
        return assessments.report(unitId, half, body.version(), body.text());
    }

    @POST
    @Path("{unitId}/{half}/submission")
    public PreAssessmentView submit(@PathParam("unitId") long unitId, @PathParam("half") String half,
            SubmitBody body) {
        StarsResource.require(body);
        return assessments.submit(unitId, half, body.version());
    }

    @POST
    @Path("{unitId}/{half}/review")
    public PreAssessmentView review(@PathParam("unitId") long unitId, @PathParam("half") String half,
            ReviewBody body) {
        StarsResource.require(body);
        return assessments.review(unitId, half, body.version(), body.accepted(), body.comment());
    }
}
