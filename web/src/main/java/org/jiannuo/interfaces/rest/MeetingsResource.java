package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiannuo.application.appraisal.BallotPaper;
import org.jiannuo.application.appraisal.BallotResults;
import org.jiannuo.application.appraisal.Ballots;
import org.jiannuo.application.appraisal.EvaluationTable;
import org.jiannuo.application.appraisal.EvaluationTables;
import org.jiannuo.application.appraisal.GradeEntry;
import org.jiannuo.application.appraisal.GradeSheet;
import org.jiannuo.application.appraisal.Grades;
import org.jiannuo.application.appraisal.MeetingSummary;
import org.jiannuo.application.appraisal.MeetingView;
import org.jiannuo.application.appraisal.Meetings;
import org.jiannuo.application.appraisal.Remarks;
import org.jiannuo.domain.model.appraisal.BallotMode;
import org.jiannuo.domain.model.appraisal.Choice;
import org.jiannuo.domain.model.appraisal.GradingGroup;
import org.jiannuo.domain.model.appraisal.MeetingKind;
import org.jiannuo.domain.model.appraisal.NarrationMode;
import org.jiannuo.domain.model.appraisal.Presence;
import org.jiannuo.domain.model.appraisal.RemarkKind;
import org.jiannuo.domain.model.appraisal.Tally;
import org.jiannuo.interfaces.report.EvaluationTableReport;
import org.jiannuo.reports.ReportFormat;

/**
 * 一讲二评 over HTTP: meetings with attendance and narrations, remarks, the secret ballot (casting
 * included), grades and the evaluation tables, under the same authorization as the screens.
 */
@ApplicationScoped
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingsResource {

    @EJB
    Meetings meetings;

    @EJB
    Remarks remarks;

    @EJB
    Ballots ballots;

    @EJB
    Grades grades;

    @EJB
    EvaluationTables evaluationTables;

    @Inject
    EvaluationTableReport report;

    @Context
    HttpHeaders headers;

    /** A held meeting: {@code period} as 2026-10, {@code heldOn} as 2026-10-20. */
    public record HoldBody(long unitId, MeetingKind kind, String period, String heldOn, String topic) {
    }

    public record RescheduleBody(long version, String heldOn, String topic) {
    }

    public record AttendanceBody(Map<Long, Presence> presence) {
    }

    public record NarrationBody(NarrationMode mode, String narration) {
    }

    public record RemarkBody(RemarkKind kind, String subjectKey, long version, String progress, String shortcomings,
            String direction) {
    }

    public record OpenBody(BallotMode mode) {
    }

    /** One ballot: a choice for every subject key of the ballot paper. */
    public record VoteBody(Map<String, Choice> choices) {
    }

    public record PaperBody(int ballots, Map<String, Tally> tallies) {
    }

    @GET
    public List<MeetingSummary> list(@QueryParam("unit") Long unitId) {
        if (unitId == null) {
            throw new InvalidRequest("api.invalid.unitRequired");
        }
        return meetings.meetingsOf(unitId);
    }

    @POST
    public MeetingView hold(HoldBody body) {
        return meetings.hold(body.unitId(), body.kind(), month(body.period()), day(body.heldOn()), body.topic());
    }

    @GET
    @Path("{id}")
    public MeetingView meeting(@PathParam("id") long id) {
        return meetings.meeting(id);
    }

    @PUT
    @Path("{id}")
    public MeetingView reschedule(@PathParam("id") long id, RescheduleBody body) {
        return meetings.reschedule(id, body.version(), day(body.heldOn()), body.topic());
    }

    @PUT
    @Path("{id}/attendance")
    public MeetingView attendance(@PathParam("id") long id, AttendanceBody body) {
        return meetings.markAttendance(id, body.presence() == null ? Map.of() : body.presence());
    }

    @PUT
    @Path("{id}/narrations/{personId}")
    public MeetingView narrate(@PathParam("id") long id, @PathParam("personId") long personId, NarrationBody body) {
        return meetings.narrate(id, personId, body.mode(), body.narration());
    }

    @PUT
    @Path("{id}/remarks")
    public MeetingView remark(@PathParam("id") long id, RemarkBody body) {
        return remarks.write(id, body.kind(), body.subjectKey(), body.version(), body.progress(), body.shortcomings(),
                body.direction());
    }

    @POST
    @Path("{id}/ballot")
    public MeetingView openBallot(@PathParam("id") long id, OpenBody body) {
        return ballots.open(id, body.mode());
    }

    /** The caller's ballot paper: the subjects, and whether they may still vote. */
    @GET
    @Path("{id}/ballot")
    public BallotPaper paper(@PathParam("id") long id) {
        return ballots.paper(id);
    }

    /** Casts the caller's ballot. The answer says nothing about it beyond its acceptance. */
    @POST
    @Path("{id}/ballot/votes")
    public Response vote(@PathParam("id") long id, VoteBody body) {
        ballots.cast(id, body == null ? null : body.choices());
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/ballot/paper")
    public MeetingView paperBallot(@PathParam("id") long id, PaperBody body) {
        return ballots.enterPaperBallot(id, body.ballots(), body.tallies());
    }

    @POST
    @Path("{id}/ballot/close")
    public MeetingView closeBallot(@PathParam("id") long id) {
        return ballots.close(id);
    }

    @GET
    @Path("{id}/ballot/results")
    public BallotResults results(@PathParam("id") long id) {
        return ballots.results(id);
    }

    @GET
    @Path("{id}/grades/{group}")
    public GradeSheet sheet(@PathParam("id") long id, @PathParam("group") GradingGroup group) {
        return grades.sheet(id, group);
    }

    @PUT
    @Path("{id}/grades/{group}")
    public GradeSheet grade(@PathParam("id") long id, @PathParam("group") GradingGroup group,
            List<GradeEntry> entries) {
        return grades.grade(id, group, entries == null ? List.of() : entries);
    }

    @POST
    @Path("{id}/grades/{group}/confirmation")
    public GradeSheet confirm(@PathParam("id") long id, @PathParam("group") GradingGroup group) {
        return grades.confirm(id, group);
    }

    @POST
    @Path("{id}/grades/{group}/reopening")
    public GradeSheet reopen(@PathParam("id") long id, @PathParam("group") GradingGroup group) {
        return grades.reopen(id, group);
    }

    @POST
    @Path("{id}/publication")
    public MeetingView publish(@PathParam("id") long id) {
        return grades.publish(id);
    }

    /** The star-pioneer evaluation table (annex 1 or 2) as {@code ?format=pdf} or {@code xlsx}. */
    @GET
    @Path("{id}/evaluation-table")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response evaluationTable(@PathParam("id") long id, @QueryParam("format") @DefaultValue("pdf") String format) {
        ReportFormat reportFormat = format(format);
        EvaluationTable table = evaluationTables.of(id);
        Locale locale = Problem.locale(headers);
        StreamingOutput body = out -> report.write(table, reportFormat, locale, out);
        return Downloads.attachment(body, reportFormat.contentType(),
                report.fileName(table, locale) + "." + reportFormat.extension());
    }

    private static ReportFormat format(String name) {
        try {
            return ReportFormat.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("api.invalid.format");
        }
    }

    static YearMonth month(String text) {
        try {
            return text == null ? null : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequest("api.invalid.month", "period");
        }
    }

    private static LocalDate day(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequest("api.invalid.day");
        }
    }
}
