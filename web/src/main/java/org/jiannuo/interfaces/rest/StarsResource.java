package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.stars.ClaimView;
import org.jiannuo.application.stars.DutyPosts;
import org.jiannuo.application.stars.MemberStarLine;
import org.jiannuo.application.stars.PostOption;
import org.jiannuo.application.stars.StarLetter;
import org.jiannuo.application.stars.StarRulesBook;
import org.jiannuo.application.stars.StarTargets;
import org.jiannuo.application.stars.TargetView;
import org.jiannuo.domain.model.stars.BasicPost;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.domain.model.stars.StarSettings;
import org.jiannuo.interfaces.report.StarLetterReport;

/**
 * Village star management over HTTP (issue 15): the department's rules, a member's target for a year, its signing
 * and its responsibility letter as PDF, a village's book, the posts offered and claimed. The services check every
 * call as the screens' calls are checked.
 */
@ApplicationScoped
@Path("stars")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StarsResource {

    @EJB
    StarRulesBook rules;

    @EJB
    StarTargets targets;

    @EJB
    DutyPosts posts;

    @Inject
    StarLetterReport letterReport;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    /** Stars per aspect by the aspect's name ({@code IDEOLOGY}, {@code LAW}, ...). */
    public record TargetBody(long version, Map<String, Integer> stars, String measures) {
    }

    public record SignBody(long version) {
    }

    public record PostBody(Long unitId, String name, String duties) {
    }

    public record ClaimBody(BasicPost basicPost, Long dutyPostId, String duty) {
    }

    @GET
    @Path("rules")
    public StarSettings rules() {
        return rules.get();
    }

    @PUT
    @Path("rules")
    public StarSettings changeRules(StarSettings settings) {
        require(settings);
        return rules.change(settings);
    }

    @GET
    @Path("targets")
    public List<MemberStarLine> ofUnit(@QueryParam("unit") Long unitId, @QueryParam("year") Integer year) {
        if (unitId == null) {
            throw new InvalidRequest("api.invalid.unitRequired");
        }
        return targets.ofUnit(unitId, year(year));
    }

    @GET
    @Path("targets/own")
    public TargetView own(@QueryParam("year") Integer year) {
        return targets.own(year(year));
    }

    @GET
    @Path("targets/{personId}/{year}")
    public TargetView target(@PathParam("personId") long personId, @PathParam("year") int year) {
        return targets.of(personId, year);
    }

    @PUT
    @Path("targets/{personId}/{year}")
    public TargetView aim(@PathParam("personId") long personId, @PathParam("year") int year, TargetBody body) {
        require(body);
        return targets.aim(personId, year, body.version(), aspects(body.stars()), body.measures());
    }

    @POST
    @Path("targets/{personId}/{year}/signature")
    public TargetView sign(@PathParam("personId") long personId, @PathParam("year") int year, SignBody body) {
        require(body);
        return targets.sign(personId, year, body.version());
    }

    @GET
    @Path("targets/{personId}/{year}/letter")
    @Produces("application/pdf")
    public Response letter(@PathParam("personId") long personId, @PathParam("year") int year) {
        // Refuses a letter the caller may not read before the 200 and its headers are sent.
        StarLetter letter = targets.letter(personId, year);
        return Downloads.attachment(out -> letterReport.write(letter, Downloads.language(request, headers), out), "application/pdf",
                StarLetterReport.fileName(letter));
    }

    @GET
    @Path("posts")
    public List<PostOption> offered(@QueryParam("person") Long personId) {
        if (personId == null) {
            throw new InvalidRequest("api.invalid.personRequired");
        }
        return posts.offeredTo(personId);
    }

    @POST
    @Path("posts")
    public PostOption define(PostBody body) {
        require(body);
        return posts.define(body.unitId(), body.name(), body.duties());
    }

    @GET
    @Path("claims/{personId}/{year}")
    public List<ClaimView> claims(@PathParam("personId") long personId, @PathParam("year") int year) {
        return posts.claimsOf(personId, year);
    }

    @POST
    @Path("claims/{personId}/{year}")
    public ClaimView claim(@PathParam("personId") long personId, @PathParam("year") int year, ClaimBody body) {
        require(body);
        return posts.claim(personId, year, body.basicPost(), body.dutyPostId(), body.duty());
    }

    private int year(Integer year) {
        return year == null ? targets.currentYear() : year;
    }

    static Map<StarAspect, Integer> aspects(Map<String, Integer> stars) {
        Map<StarAspect, Integer> aspects = new EnumMap<>(StarAspect.class);
        if (stars != null) {
            try {
                stars.forEach((name, count) -> aspects.put(StarAspect.valueOf(name), count));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequest("api.invalid.starAspect");
            }
        }
        return aspects;
    }

    static void require(Object body) {
        if (body == null) {
            throw new InvalidRequest("api.invalid.bodyRequired");
        }
    }
}
