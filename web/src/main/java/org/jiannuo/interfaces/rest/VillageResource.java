package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.jiannuo.application.fulfilment.EvidenceLimits;
import org.jiannuo.application.stars.HouseholdView;
import org.jiannuo.application.stars.Households;
import org.jiannuo.application.stars.LogEntryView;
import org.jiannuo.application.stars.LogPage;
import org.jiannuo.application.stars.PhotoDownload;
import org.jiannuo.application.stars.StarLogBook;
import org.jiannuo.domain.model.stars.LogEntryKind;
import org.jiannuo.interfaces.rest.FulfilmentResource.FileBody;

/**
 * A village's households and 1+2 liaisons, and members' star log books with their photos (base64, checked as
 * fulfilment evidence is) over HTTP.
 */
@ApplicationScoped
@Path("village")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VillageResource {

    @EJB
    Households households;

    @EJB
    StarLogBook logBook;

    @Inject
    EvidenceLimits limits;

    public record HouseholdBody(Long unitId, long version, String head, String address, String phone) {
    }

    public record LogBody(LocalDate date, LogEntryKind kind, String text, Long householdId, Long claimId,
            List<FileBody> photos) {
    }

    @GET
    @Path("households")
    public List<HouseholdView> households(@QueryParam("unit") Long unitId,
            @QueryParam("withoutLiaison") boolean withoutLiaison) {
        if (unitId == null) {
            throw new InvalidRequest("api.invalid.unitRequired");
        }
        return withoutLiaison ? households.withoutLiaison(unitId) : households.ofUnit(unitId);
    }

    @GET
    @Path("households/own")
    public List<HouseholdView> ownHouseholds() {
        return households.own();
    }

    @POST
    @Path("households")
    public HouseholdView add(HouseholdBody body) {
        StarsResource.require(body);
        if (body.unitId() == null) {
            throw new InvalidRequest("api.invalid.unitRequired");
        }
        return households.add(body.unitId(), body.head(), body.address(), body.phone());
    }

    @PUT
    @Path("households/{id}")
    public HouseholdView describe(@PathParam("id") long id, HouseholdBody body) {
        StarsResource.require(body);
        return households.describe(id, body.version(), body.head(), body.address(), body.phone());
    }

    @PUT
    @Path("households/{id}/liaisons/{personId}")
    public Response link(@PathParam("id") long id, @PathParam("personId") long personId) {
        households.link(personId, id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("households/{id}/liaisons/{personId}")
    public Response unlink(@PathParam("id") long id, @PathParam("personId") long personId) {
        households.unlink(personId, id);
        return Response.noContent().build();
    }

    @GET
    @Path("log/{personId}/{year}")
    public List<LogEntryView> log(@PathParam("personId") long personId, @PathParam("year") int year) {
        return logBook.of(personId, year);
    }

    @POST
    @Path("log/{personId}")
    @BodyLimit(BodyLimit.Carries.EVIDENCE)
    public LogEntryView write(@PathParam("personId") long personId, LogBody body) {
        StarsResource.require(body);
        return logBook.write(personId, new LogPage(body.date(), body.kind(), body.text(), body.householdId(),
                body.claimId()), FulfilmentUploads.decode(body.photos(), limits));
    }

    @GET
    @Path("photos/{id}")
    @Produces({"image/jpeg", "image/png"})
    public Response photo(@PathParam("id") long id) {
        PhotoDownload photo = logBook.photo(id);
        return Downloads.attachment(out -> out.write(photo.content()), photo.mediaType(), photo.fileName());
    }
}
