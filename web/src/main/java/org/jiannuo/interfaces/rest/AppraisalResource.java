package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jiannuo.application.appraisal.AppraisalRulesBook;
import org.jiannuo.application.appraisal.ExemptionLine;
import org.jiannuo.application.appraisal.Exemptions;
import org.jiannuo.application.appraisal.GradeCount;
import org.jiannuo.application.appraisal.GradeHistoryLine;
import org.jiannuo.application.appraisal.Grades;
import org.jiannuo.application.appraisal.MeetingDashboard;
import org.jiannuo.application.appraisal.MeetingTimelinessCount;
import org.jiannuo.application.appraisal.UnitLateness;
import org.jiannuo.domain.model.appraisal.AppraisalSettings;
import org.jiannuo.domain.model.appraisal.ExemptionReason;
import org.jiannuo.domain.model.appraisal.GradingGroup;
import org.jiannuo.domain.model.appraisal.MeetingKind;

/** The rest of the appraisal over HTTP: exemptions, grade history and distribution, the meeting dashboard, settings. */
@ApplicationScoped
@Path("appraisal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppraisalResource {

    private static final int LONGEST_DASHBOARD = 24;

    @EJB
    Exemptions exemptions;

    @EJB
    Grades grades;

    @EJB
    MeetingDashboard dashboard;

    @EJB
    AppraisalRulesBook rulesBook;

    /** An exemption request; months as 2026-10, {@code until} may be left out. */
    public record ExemptionBody(long personId, ExemptionReason reason, String from, String until, String note) {
    }

    public record DecisionBody(long version, boolean approve, String note) {
    }

    @GET
    @Path("exemptions")
    public List<ExemptionLine> exemptions() {
        return exemptions.list();
    }

    @POST
    @Path("exemptions")
    public ExemptionLine requestExemption(ExemptionBody body) {
        return exemptions.request(body.personId(), body.reason(), MeetingsResource.month(body.from()),
                MeetingsResource.month(body.until()), body.note());
    }

    @POST
    @Path("exemptions/{id}/decision")
    public ExemptionLine decide(@PathParam("id") long id, DecisionBody body) {
        return exemptions.decide(id, body.version(), body.approve(), body.note());
    }

    @GET
    @Path("people/{id}/grades")
    public List<GradeHistoryLine> history(@PathParam("id") long personId) {
        return grades.history(personId);
    }

    @GET
    @Path("units/{id}/grades")
    public List<GradeCount> distribution(@PathParam("id") long unitId,
            @QueryParam("group") @DefaultValue("MEMBERS") GradingGroup group, @QueryParam("from") String from,
            @QueryParam("until") String until) {
        return grades.distribution(unitId, group, MeetingsResource.month(from), MeetingsResource.month(until));
    }

    @GET
    @Path("dashboard/meetings")
    public List<MeetingTimelinessCount> timeliness(@QueryParam("months") @DefaultValue("6") int months) {
        if (months < 1 || months > LONGEST_DASHBOARD) {
            throw new InvalidRequest("api.invalid.months", LONGEST_DASHBOARD);
        }
        return dashboard.timeliness(months);
    }

    @GET
    @Path("dashboard/meetings/late")
    public List<UnitLateness> late(@QueryParam("kind") @DefaultValue("ORGANIZATION_LIFE") MeetingKind kind,
            @QueryParam("period") String period) {
        if (period == null) {
            throw new InvalidRequest("api.invalid.month", "period");
        }
        return dashboard.lateOrMissing(kind, MeetingsResource.month(period));
    }

    @GET
    @Path("settings")
    public AppraisalSettings settings() {
        return rulesBook.settings();
    }

    @PUT
    @Path("settings")
    public AppraisalSettings change(AppraisalSettings settings) {
        return rulesBook.change(settings);
    }
}
