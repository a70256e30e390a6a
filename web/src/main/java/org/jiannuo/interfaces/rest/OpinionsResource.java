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
import org.jiannuo.application.ResultPage;
import org.jiannuo.application.opinion.OpinionDesk;
import org.jiannuo.application.opinion.OpinionLine;
import org.jiannuo.application.opinion.OpinionReceipt;
import org.jiannuo.application.opinion.OpinionRequest;
import org.jiannuo.application.opinion.OpinionRulesBook;
import org.jiannuo.domain.model.opinion.OpinionCount;
import org.jiannuo.domain.model.opinion.OpinionSettings;
import org.jiannuo.domain.model.opinion.OpinionState;

/**
 * The suggestion box for the units that handle it: the opinions within reach, reply, forward and close, phone
 * opinions entered by staff, the department's open and overdue counts and its settings.
 */
@ApplicationScoped
@Path("opinions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpinionsResource {

    private static final int LARGEST_PAGE = 200;

    @EJB
    OpinionDesk desk;

    @EJB
    OpinionRulesBook rules;

    public record Reply(long version, String text) {
    }

    public record Forward(long version, long unitId, String note) {
    }

    public record Close(long version, String note) {
    }

    @GET
    public ResultPage<OpinionLine> page(@QueryParam("state") OpinionState state,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        if (first < 0 || size < 1 || size > LARGEST_PAGE) {
            throw new InvalidRequest("api.invalid.page", LARGEST_PAGE);
        }
        return desk.page(state, overdue, first, size);
    }

    @GET
    @Path("{id:[0-9]+}")
    public OpinionLine opinion(@PathParam("id") long id) {
        return desk.opinion(id);
    }

    @POST
    @Path("phone")
    public OpinionReceipt enterPhoneOpinion(OpinionRequest request) {
        return desk.enterPhoneOpinion(request);
    }

    @POST
    @Path("{id:[0-9]+}/reply")
    public OpinionLine reply(@PathParam("id") long id, Reply reply) {
        return desk.reply(id, reply.version(), reply.text());
    }

    @POST
    @Path("{id:[0-9]+}/forward")
    public OpinionLine forward(@PathParam("id") long id, Forward forward) {
        return desk.forward(id, forward.version(), forward.unitId(), forward.note());
    }

    @POST
    @Path("{id:[0-9]+}/close")
    public OpinionLine close(@PathParam("id") long id, Close close) {
        return desk.close(id, close.version(), close.note());
    }

    @GET
    @Path("committees")
    public List<OpinionCount> committees() {
        return desk.countsByCommittee();
    }

    @GET
    @Path("settings")
    public OpinionSettings settings() {
        return rules.settings();
    }

    @PUT
    @Path("settings")
    public OpinionSettings changeSettings(OpinionSettings settings) {
        return rules.change(settings);
    }
}
