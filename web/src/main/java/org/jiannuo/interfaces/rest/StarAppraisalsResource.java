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
import org.jiannuo.application.stars.MyStarAppraisal;
import org.jiannuo.application.stars.StarAppraisalView;
import org.jiannuo.application.stars.StarAppraisals;

/**
 * The year-end star appraisal over HTTP (issue 15, point 8): a member's own appraisal and self-assessment, a
 * village's appraisal (start, moving on, the committee's rating, submission), the township's first review and its
 * list of its villages'. The peer and mass ballots are cast, issued codes and closed as any occasion
 * ({@code /api/v1/ballots}). The services check each call as the screens' calls are checked.
 */
@ApplicationScoped
@Path("stars/year-end")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StarAppraisalsResource {

    @EJB
    StarAppraisals appraisals;

    /** Stars per aspect by the aspect's name ({@code IDEOLOGY}, {@code LAW}, ...). */
    public record SelfBody(Map<String, Integer> stars) {
    }

    public record RatingBody(Map<String, Integer> stars, String reason) {
    }

    public record StepBody(long version) {
    }

    public record ReviewBody(long version, boolean confirmed, String reason) {
    }

    @GET
    public List<StarAppraisalView> under(@QueryParam("unit") Long unitId, @QueryParam("year") Integer year) {
        if (unitId == null || year == null) {
            throw new InvalidRequest("api.invalid.unitAndYearRequired");
        }
        return appraisals.under(unitId, year);
    }

    /** The published stars of the year in the unit's subtree, village by village. */
    @GET
    @Path("published")
    public List<MyStarAppraisal.PublishedStars> published(@QueryParam("unit") Long unitId,
            @QueryParam("year") Integer year) {
        if (unitId == null || year == null) {
            throw new InvalidRequest("api.invalid.unitAndYearRequired");
        }
        return appraisals.publishedUnder(unitId, year);
    }

    @GET
    @Path("own/{year}")
    public MyStarAppraisal own(@PathParam("year") int year) {
        return appraisals.mine(year);
    }

    @PUT
    @Path("own/{year}")
    public MyStarAppraisal assessSelf(@PathParam("year") int year, SelfBody body) {
        StarsResource.require(body);
        return appraisals.assessSelf(year, StarsResource.aspects(body.stars()));
    }

    @GET
    @Path("{unitId}/{year}")
    public StarAppraisalView of(@PathParam("unitId") long unitId, @PathParam("year") int year) {
        return appraisals.of(unitId, year);
    }

    @POST
    @Path("{unitId}/{year}")
    public StarAppraisalView start(@PathParam("unitId") long unitId, @PathParam("year") int year) {
        return appraisals.start(unitId, year);
    }

    @POST
    @Path("{unitId}/{year}/next")
    public StarAppraisalView advance(@PathParam("unitId") long unitId, @PathParam("year") int year,
            StepBody body) {
        StarsResource.require(body);
        return appraisals.advance(unitId, year, body.version());
    }

    @PUT
    @Path("{unitId}/{year}/ratings/{personId}")
    public StarAppraisalView rate(@PathParam("unitId") long unitId, @PathParam("year") int year,
            @PathParam("personId") long personId, RatingBody body) {
        StarsResource.require(body);
        return appraisals.rate(unitId, year, personId, StarsResource.aspects(body.stars()), body.reason());
    }

    @POST
    @Path("{unitId}/{year}/submission")
    public StarAppraisalView submit(@PathParam("unitId") long unitId, @PathParam("year") int year,
            StepBody body) {
        StarsResource.require(body);
        return appraisals.submit(unitId, year, body.version());
    }

    @POST
    @Path("{unitId}/{year}/review")
    public StarAppraisalView review(@PathParam("unitId") long unitId, @PathParam("year") int year,
            ReviewBody body) {
        StarsResource.require(body);
        return appraisals.review(unitId, year, body.version(), body.confirmed(), body.reason());
    }
}
