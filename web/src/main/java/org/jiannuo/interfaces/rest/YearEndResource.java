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
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.yearend.BranchEvaluationView;
import org.jiannuo.application.yearend.BranchEvaluations;
import org.jiannuo.application.yearend.BranchSummary;
import org.jiannuo.application.yearend.CampaignView;
import org.jiannuo.application.yearend.Campaigns;
import org.jiannuo.application.yearend.ProposalLine;
import org.jiannuo.application.yearend.YearEndSettings;
import org.jiannuo.domain.model.yearend.MassParticipantKind;

/**
 * The year-end evaluation (评诺) over HTTP, under the screens' authorization: the department's settings and
 * campaigns, a branch's evaluation (start, the masses' panel, comments, proposal, confirmation or sending back,
 * publication). The three ballots are voted on, issued codes for, opened and closed under {@code ballots/{id}},
 * the member's annual self-report under {@code self-reports/mine/2026-Y1}.
 */
@ApplicationScoped
@Path("year-end")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class YearEndResource {

    @EJB
    YearEndSettings settings;

    @EJB
    Campaigns campaigns;

    @EJB
    BranchEvaluations branches;

    public record CampaignBody(int year, LocalDate startsOn, LocalDate endsOn) {
    }

    public record StartBody(long unitId) {
    }

    public record PanelBody(Map<MassParticipantKind, Integer> panel) {
    }

    public record CommentBody(String text) {
    }

    public record ProposalBody(List<ProposalLine> lines) {
    }

    public record ReasonBody(String reason) {
    }

    @GET
    @Path("settings")
    public YearEndSettings.Settings settings() {
        return settings.get();
    }

    @PUT
    @Path("settings")
    public YearEndSettings.Settings changeSettings(YearEndSettings.Settings body) {
        return settings.change(required(body));
    }

    @GET
    @Path("campaigns")
    public List<CampaignView> campaigns() {
        return campaigns.list();
    }

    @POST
    @Path("campaigns")
    public CampaignView open(CampaignBody body) {
        required(body);
        return campaigns.open(body.year(), body.startsOn(), body.endsOn());
    }

    @GET
    @Path("campaigns/{id}")
    public CampaignView campaign(@PathParam("id") long id) {
        return campaigns.view(id);
    }

    @GET
    @Path("campaigns/{id}/branches")
    public List<BranchSummary> branches(@PathParam("id") long id) {
        return branches.ofCampaign(id);
    }

    @POST
    @Path("campaigns/{id}/branches")
    public BranchEvaluationView start(@PathParam("id") long id, StartBody body) {
        return branches.start(id, required(body).unitId());
    }

    @GET
    @Path("branches/{id}")
    public BranchEvaluationView branch(@PathParam("id") long id) {
        return branches.view(id);
    }

    @PUT
    @Path("branches/{id}/panel")
    public BranchEvaluationView panel(@PathParam("id") long id, PanelBody body) {
        return branches.recordPanel(id, required(body).panel());
    }

    @PUT
    @Path("branches/{id}/comments/{personId}")
    public BranchEvaluationView comment(@PathParam("id") long id, @PathParam("personId") long personId,
            CommentBody body) {
        return branches.comment(id, personId, required(body).text());
    }

    @POST
    @Path("branches/{id}/proposal")
    public BranchEvaluationView propose(@PathParam("id") long id, ProposalBody body) {
        return branches.propose(id, required(body).lines());
    }

    @POST
    @Path("branches/{id}/confirmation")
    public BranchEvaluationView confirm(@PathParam("id") long id) {
        return branches.confirm(id);
    }

    @POST
    @Path("branches/{id}/return")
    public BranchEvaluationView sendBack(@PathParam("id") long id, ReasonBody body) {
        return branches.sendBack(id, required(body).reason());
    }

    @POST
    @Path("branches/{id}/publication")
    public BranchEvaluationView publish(@PathParam("id") long id) {
        return branches.publish(id);
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new InvalidRequest("api.invalid.bodyRequired");
        }
        return body;
    }
}
