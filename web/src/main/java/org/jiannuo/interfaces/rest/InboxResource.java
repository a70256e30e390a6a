package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jiannuo.application.ResultPage;
import org.jiannuo.application.delivery.DeliveredFile;
import org.jiannuo.application.delivery.Inbox;
import org.jiannuo.application.delivery.InboxItem;

/** The caller's inbox of delivered reports over HTTP: the list, newest first, and each document as PDF. */
@ApplicationScoped
@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @EJB
    Inbox inbox;

    @GET
    public ResultPage<InboxItem> mine(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        return inbox.mine(first, size);
    }

    @GET
    @Path("{id}/document")
    @Produces("application/pdf")
    public Response document(@PathParam("id") long id) {
        DeliveredFile file = inbox.open(id);
        return Downloads.attachment(out -> out.write(file.content()), "application/pdf", file.fileName());
    }
}
