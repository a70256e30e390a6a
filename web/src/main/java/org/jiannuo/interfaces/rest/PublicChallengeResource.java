package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jiannuo.application.opinion.PublicOpinionBox;

/**
 * A fresh proof-of-work challenge for the suggestion box's form, for anyone. Each form solves its own, so it is never
 * stored by anyone: it lives outside the board's addresses, whose reads are cached and shared.
 */
@ApplicationScoped
@Path("public/opinion-challenge")
@Produces(MediaType.APPLICATION_JSON)
public class PublicChallengeResource {

    @EJB
    PublicOpinionBox box;

    @GET
    public Response challenge() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(box.challenge()).cacheControl(noStore).build();
    }
}
