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
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import org.jiannuo.application.delivery.DeliveryRuns;
import org.jiannuo.application.delivery.RunView;
import org.jiannuo.application.delivery.SubscriptionView;
import org.jiannuo.application.delivery.Subscriptions;
import org.jiannuo.application.tenancy.CurrentTenant;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.delivery.ReportKind;
import org.jiannuo.interfaces.delivery.DeliveryJob;

/**
 * The department's report subscriptions and their delivery runs over HTTP: list, create, reschedule, pause and
 * resume a subscription; the runs' progress, and stopping and resuming one. The services allow the department
 * admin only, as on the screens.
 */
@ApplicationScoped
@Path("subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubscriptionsResource {

    @EJB
    Subscriptions subscriptions;

    @EJB
    DeliveryRuns runs;

    @Inject
    DeliveryJob job;

    @Inject
    CurrentTenant currentTenant;

    public record CreateBody(ReportKind report, Role audience, int dayOfMonth, int hour) {
    }

    public record ScheduleBody(long version, int dayOfMonth, int hour) {
    }

    public record VersionBody(long version) {
    }

    @GET
    public List<SubscriptionView> list() {
        return subscriptions.list();
    }

    @POST
    public SubscriptionView create(CreateBody body) {
        require(body);
        return subscriptions.create(body.report(), body.audience(), body.dayOfMonth(), body.hour());
    }

    @PUT
    @Path("{id}")
    public SubscriptionView reschedule(@PathParam("id") long id, ScheduleBody body) {
        require(body);
        return subscriptions.reschedule(id, body.version(), body.dayOfMonth(), body.hour());
    }

    @POST
    @Path("{id}/pause")
    public SubscriptionView pause(@PathParam("id") long id, VersionBody body) {
        require(body);
        return subscriptions.pause(id, body.version());
    }

    @POST
    @Path("{id}/resume")
    public SubscriptionView resume(@PathParam("id") long id, VersionBody body) {
        require(body);
        return subscriptions.resume(id, body.version());
    }

    @GET
    @Path("runs")
    public List<RunView> runs() {
        return runs.latest();
    }

    @POST
    @Path("runs/{id}/stop")
    public RunView stop(@PathParam("id") long id) {
        return runs.stop(id, LocalDateTime.now());
    }

    @POST
    @Path("runs/{id}/resume")
    public RunView resumeRun(@PathParam("id") long id) {
        RunView run = runs.resume(id);
        job.resumeLater(currentTenant.code(), id);
        return run;
    }

    private static void require(Object body) {
        if (body == null) {
            throw new InvalidRequest("api.invalid.bodyRequired");
        }
    }
}
