package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jiannuo.application.yearend.BranchRewards;
import org.jiannuo.application.yearend.ModelPostView;
import org.jiannuo.application.yearend.PersonalRectificationView;
import org.jiannuo.application.yearend.Rewards;
import org.jiannuo.domain.model.yearend.OrganizationalHandling;
import org.jiannuo.interfaces.report.ModelPostCertificate;

/**
 * The reward after the year-end evaluation (奖诺) over HTTP, under the screens' authorization: a published branch's
 * members with what each was given, model posts (per unit or all the caller reads) and their certificates,
 * personal rectifications (ordered, reported, reviewed, refused with the organizational handling), the overdue
 * ones, and the caller's own.
 */
@ApplicationScoped
@Path("year-end/rewards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RewardsResource {

    @EJB
    Rewards rewards;

    @Inject
    ModelPostCertificate certificate;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    public record DesignationBody(long personId, String title) {
    }

    public record OrderBody(long personId, String reason, LocalDate deadline) {
    }

    public record ReportBody(long version, String report) {
    }

    public record DecisionBody(long version, boolean accept, String reason) {
    }

    public record RefusalBody(long version, OrganizationalHandling handling, String reason) {
    }

    @GET
    @Path("branches/{id}")
    public BranchRewards branch(@PathParam("id") long id) {
        return rewards.ofBranch(id);
    }

    @POST
    @Path("branches/{id}/model-posts")
    public ModelPostView designate(@PathParam("id") long id, DesignationBody body) {
        required(body);
        return rewards.designate(id, body.personId(), body.title());
    }

    @POST
    @Path("branches/{id}/rectifications")
    public PersonalRectificationView order(@PathParam("id") long id, OrderBody body) {
        required(body);
        return rewards.order(id, body.personId(), body.reason(), body.deadline());
    }

    @GET
    @Path("model-posts")
    public List<ModelPostView> modelPosts(@QueryParam("campaign") Long campaignId, @QueryParam("unit") Long unitId) {
        return rewards.modelPosts(requiredCampaign(campaignId), unitId);
    }

    @GET
    @Path("model-posts/{id}")
    public ModelPostView modelPost(@PathParam("id") long id) {
        return rewards.modelPost(id);
    }

    @GET
    @Path("model-posts/{id}/certificate")
    @Produces("application/pdf")
    public Response certificate(@PathParam("id") long id) {
        // Refuses a model post the caller may not read before the 200 and its headers are sent.
        ModelPostView post = rewards.modelPost(id);
        Locale locale = Downloads.language(request, headers);
        return Downloads.attachment(out -> certificate.write(List.of(post), locale, out), "application/pdf",
                ModelPostCertificate.fileName(post));
    }

    @GET
    @Path("rectifications")
    public List<PersonalRectificationView> rectifications(@QueryParam("campaign") Long campaignId,
            @QueryParam("unit") Long unitId) {
        return rewards.rectifications(requiredCampaign(campaignId), unitId);
    }

    @GET
    @Path("rectifications/overdue")
    public List<PersonalRectificationView> overdue(@QueryParam("unit") Long unitId) {
        return rewards.overdue(unitId);
    }

    @GET
    @Path("mine")
    public Rewards.Mine mine() {
        return rewards.mine();
    }

    @POST
    @Path("rectifications/{id}/report")
    public PersonalRectificationView report(@PathParam("id") long id, ReportBody body) {
        required(body);
        return rewards.report(id, body.version(), body.report());
    }

    @POST
    @Path("rectifications/{id}/decision")
    public PersonalRectificationView decide(@PathParam("id") long id, DecisionBody body) {
        required(body);
        return rewards.decide(id, body.version(), body.accept(), body.reason());
    }

    @POST
    @Path("rectifications/{id}/refusal")
    public PersonalRectificationView refuse(@PathParam("id") long id, RefusalBody body) {
        required(body);
        return rewards.refuse(id, body.version(), body.handling(), body.reason());
    }

    private static long requiredCampaign(Long campaignId) {
        if (campaignId == null) {
            throw new InvalidRequest("api.invalid.campaignRequired");
        }
        return campaignId;
    }

    private static void required(Object body) {
        if (body == null) {
            throw new InvalidRequest("api.invalid.bodyRequired");
        }
    }
}
