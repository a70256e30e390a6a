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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jiannuo.application.fulfilment.DueItem;
import org.jiannuo.application.fulfilment.EvidenceDownload;
import org.jiannuo.application.fulfilment.EvidenceLimits;
import org.jiannuo.application.fulfilment.FulfilmentDossier;
import org.jiannuo.application.fulfilment.FulfilmentOversight;
import org.jiannuo.application.fulfilment.FulfilmentRecords;
import org.jiannuo.application.fulfilment.Reminders;
import org.jiannuo.application.fulfilment.Reminders.ReminderView;
import org.jiannuo.application.fulfilment.WhatIsDue;
import org.jiannuo.domain.model.fulfilment.CloseOutOutcome;
import org.jiannuo.domain.model.fulfilment.QuarterAssessment;
import org.jiannuo.domain.model.fulfilment.Upload;

/**
 * Fulfilment over HTTP: monthly records with evidence, completion reports and their verification,
 * quarterly checks, rectifications, the owner's "what is due" and reminders. Files travel as
 * base64 in the JSON body and come back as downloads.
 */
@ApplicationScoped
@Path("fulfilment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FulfilmentResource {

    @EJB
    FulfilmentRecords records;

    @EJB
    FulfilmentOversight oversight;

    @EJB
    WhatIsDue whatIsDue;

    @EJB
    Reminders reminders;

    @Inject
    EvidenceLimits evidenceLimits;

    /** A file as the client sends it. */
    public record FileBody(String fileName, String base64) {
    }

    /** A monthly record; {@code version} only when correcting one. */
    public record RecordBody(String month, String note, int progress, long version, List<FileBody> files) {
    }

    public record CompletionBody(long version, String evidence, List<FileBody> files) {
    }

    public record VerificationBody(long version, CloseOutOutcome outcome, String reason) {
    }

    public record CheckBody(int year, int quarter, QuarterAssessment assessment, String note) {
    }

    public record RectificationBody(String reason, LocalDate deadline) {
    }

    public record RectificationReportBody(long version, String report) {
    }

    public record RectificationDecisionBody(long version, boolean accept, String reason) {
    }

    @GET
    @Path("commitments/{id}")
    public FulfilmentDossier dossier(@PathParam("id") long id) {
        return records.dossier(id);
    }

    @POST
    @Path("commitments/{id}/records")
    @BodyLimit(BodyLimit.Carries.EVIDENCE)
    public FulfilmentDossier record(@PathParam("id") long id, RecordBody body) {
        return records.record(id, month(body.month()), body.note(), body.progress(), uploads(body.files()));
    }

    @PUT
    @Path("records/{recordId}")
    @BodyLimit(BodyLimit.Carries.EVIDENCE)
    public FulfilmentDossier correct(@PathParam("recordId") long recordId, RecordBody body) {
        return records.correct(recordId, body.version(), body.note(), body.progress(), uploads(body.files()));
    }

    @POST
    @Path("commitments/{id}/completion")
    @BodyLimit(BodyLimit.Carries.EVIDENCE)
    public FulfilmentDossier reportCompletion(@PathParam("id") long id, CompletionBody body) {
        return records.reportCompletion(id, body.version(), body.evidence(), uploads(body.files()));
    }

    @POST
    @Path("commitments/{id}/verification")
    public FulfilmentDossier verify(@PathParam("id") long id, VerificationBody body) {
        if (body.outcome() == null) {
            throw new InvalidRequest("api.invalid.outcome");
        }
        return oversight.verifyCompletion(id, body.version(), body.outcome(), body.reason());
    }

    @POST
    @Path("commitments/{id}/checks")
    public FulfilmentDossier check(@PathParam("id") long id, CheckBody body) {
        return oversight.checkQuarter(id, body.year(), body.quarter(), body.assessment(), body.note());
    }

    @POST
    @Path("commitments/{id}/rectifications")
    public FulfilmentDossier orderRectification(@PathParam("id") long id, RectificationBody body) {
        return oversight.orderRectification(id, body.reason(), body.deadline());
    }

    @POST
    @Path("rectifications/{id}/report")
    public FulfilmentDossier reportRectification(@PathParam("id") long id, RectificationReportBody body) {
        return records.reportRectification(id, body.version(), body.report());
    }

    @POST
    @Path("rectifications/{id}/decision")
    public FulfilmentDossier decideRectification(@PathParam("id") long id, RectificationDecisionBody body) {
        return oversight.decideRectification(id, body.version(), body.accept(), body.reason());
    }

    @GET
    @Path("evidence/{id}")
    @Produces(MediaType.WILDCARD)
    public Response evidence(@PathParam("id") long id) {
        EvidenceDownload file = records.evidence(id);
        StreamingOutput body = out -> out.write(file.content());
        return Downloads.attachment(body, file.mediaType(), file.fileName());
    }

    @GET
    @Path("due")
    public List<DueItem> due(@QueryParam("person") Long personId, @QueryParam("unit") Long unitId,
            @QueryParam("year") int year) {
        return whatIsDue.of(CommitmentsResource.owner(personId, unitId), year);
    }

    @GET
    @Path("reminders")
    public List<ReminderView> reminders(@Context HttpHeaders headers) {
        return reminders.mine(Problem.locale(headers));
    }

    @POST
    @Path("reminders/{id}/read")
    public Response markRead(@PathParam("id") long id) {
        reminders.markRead(id);
        return Response.noContent().build();
    }

    private static YearMonth month(String value) {
        try {
            return YearMonth.parse(value);
        } catch (RuntimeException e) {
            throw new InvalidRequest("api.invalid.month", "month");
        }
    }

    private List<Upload> uploads(List<FileBody> files) {
        return FulfilmentUploads.decode(files, evidenceLimits);
    }
}
