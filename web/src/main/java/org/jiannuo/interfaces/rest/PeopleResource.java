package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jiannuo.application.ResultPage;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.application.people.PersonDetails;
import org.jiannuo.application.people.PersonRow;
import org.jiannuo.application.people.PersonSearch;
import org.jiannuo.application.people.PersonSortField;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.PersonProfile;

/** People within the caller's scope: listed, shown and edited through the same service as the screens. */
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeopleResource {

    @EJB
    PeopleDirectory directory;

    /** An edit names the version it was made against: a stale one is refused with 409. */
    public record Revision(long version, PersonProfile profile) {
    }

    @GET
    public ResultPage<PersonRow> search(@QueryParam("q") String text, @QueryParam("unit") Long unitId,
            @QueryParam("status") PartyStatus status, @QueryParam("sort") @DefaultValue("NAME") PersonSortField sort,
            @QueryParam("desc") boolean descending, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        return directory.search(new PersonSearch(text, unitId, status, sort, !descending, first, size));
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
}
