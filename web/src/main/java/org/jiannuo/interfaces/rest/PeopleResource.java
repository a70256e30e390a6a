package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.jiannuo.application.ResultPage;
import org.jiannuo.application.organization.PostView;
import org.jiannuo.application.organization.Posts;
import org.jiannuo.application.spreadsheet.TableFormat;
import org.jiannuo.domain.model.organization.Appointment;
import org.jiannuo.application.importing.RosterExport;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.application.people.PersonDetails;
import org.jiannuo.application.people.PersonRow;
import org.jiannuo.application.people.PersonSearch;
import org.jiannuo.application.people.PersonSortField;
import org.jiannuo.domain.model.person.Departure;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.PersonProfile;

/** People within the caller's scope: listed, shown and edited through the same service as the screens. */
@ApplicationScoped
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeopleResource {

    @EJB
    RosterExport export;

    @EJB
    PeopleDirectory directory;

    @EJB
    Posts posts;

    /** An edit names the version it was made against: a stale one is refused with 409. */
    public record Revision(long version, PersonProfile profile) {
    }

    @GET
    public ResultPage<PersonRow> search(@QueryParam("q") String text, @QueryParam("unit") Long unitId,
            @QueryParam("status") PartyStatus status, @QueryParam("sort") @DefaultValue("NAME") PersonSortField sort,
            @QueryParam("desc") boolean descending, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("departed") boolean departed) {
        return directory.search(new PersonSearch(text, unitId, status, sort, !descending, first, size, departed));
    }

    /** Why the person leaves the roster. */
    public record DepartureNotice(Departure reason) {
    }

    /**
     * The person leaves the roster today: posts end, the account is disabled, nothing is deleted. Listed
     * afterwards with {@code departed=true}.
     */
    @POST
    @Path("{id}/departure")
    public PersonDetails depart(@PathParam("id") long id, DepartureNotice notice) {
        if (notice == null || notice.reason() == null) {
            throw new InvalidRequest("api.invalid.departureReason");
        }
        return directory.depart(id, notice.reason());
    }

    /** A post to appoint to or end: a unit's, or the whole tenant's ({@code unitId} null). */
    public record PostChange(Appointment kind, Long unitId) {
    }

    @GET
    @Path("{id}/posts")
    public List<PostView> posts(@PathParam("id") long id) {
        return posts.of(id);
    }

    /** Appoints the person; their account gains the post's role at once. 204. */
    @POST
    @Path("{id}/posts")
    public void appoint(@PathParam("id") long id, PostChange post) {
        posts.appoint(id, post.kind(), post.unitId());
    }

    /** Ends the person's post ({@code kind}, and {@code unit} unless tenant-wide); the role goes at once. 204. */
    @DELETE
    @Path("{id}/posts")
    public void stepDown(@PathParam("id") long id, @QueryParam("kind") Appointment kind, @QueryParam("unit") Long unitId) {
        posts.stepDown(id, kind, unitId);
    }

    @GET
    @Path("{id}")
    public PersonDetails person(@PathParam("id") long id) {
        return directory.details(id);
    }

    @PUT
    @Path("{id}")
    public PersonDetails revise(@PathParam("id") long id, Revision revision) {
        return directory.revise(id, revision.version(), revision.profile());
    }

    /** Every person the search finds, in the import format: {@code format=CSV} or {@code XLSX}. */
    @GET
    @Path("export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response export(@QueryParam("q") String text, @QueryParam("unit") Long unitId,
            @QueryParam("status") PartyStatus status, @QueryParam("format") @DefaultValue("CSV") TableFormat format) {
        PersonSearch search = new PersonSearch(text, unitId, status, PersonSortField.NAME, true, 0, 1);
        StreamingOutput file = out -> export.people(search, format, out);
        return Downloads.attachment(file, "people", format);
    }
}
