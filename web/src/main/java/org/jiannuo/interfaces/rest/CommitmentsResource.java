package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiannuo.application.commitment.CommitmentBook;
import org.jiannuo.application.commitment.CommitmentLetters;
import org.jiannuo.application.commitment.CommitmentReview;
import org.jiannuo.application.commitment.CommitmentReview.RevisionView;
import org.jiannuo.application.commitment.CommitmentView;
import org.jiannuo.application.commitment.LetterItem;
import org.jiannuo.application.commitment.ReviewQueueItem;
import org.jiannuo.application.commitment.YearRules;
import org.jiannuo.domain.model.commitment.CommitmentDraft;
import org.jiannuo.domain.model.commitment.CommitmentOwner;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.commitment.ReviewOutcome;
import org.jiannuo.domain.model.commitment.RulesSettings;
import org.jiannuo.interfaces.report.CommitmentLetterReport;

/**
 * The commitment cycle over HTTP, through the same services as the screens: a person's
 * ({@code ?person=}) or an organization's ({@code ?unit=}) commitments of a year, their
 * submission, the reviewer's queue and decisions, and publication.
 */
@ApplicationScoped
@Path("commitments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitmentsResource {

    @EJB
    CommitmentBook book;

    @EJB
    CommitmentReview review;

    @EJB
    YearRules yearRules;

    @EJB
    CommitmentLetters letters;

    @Inject
    CommitmentLetterReport letterReport;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    /** A change names the version it was made against: a stale one is refused with 409. */
    public record Revision(long version, CommitmentDraft draft) {
    }

    /** A reviewer's decision on the version they saw. */
    public record Decision(long version, ReviewOutcome outcome, String reason) {
    }

    /** A page of the reviewer's queue with the counts of every status. */
    public record Queue(List<ReviewQueueItem> items, Map<CommitmentStatus, Long> counts) {
    }

    @GET
    @Path("rules/{year}")
    public RulesSettings rules(@PathParam("year") int year) {
        return yearRules.of(year);
    }

    @PUT
    @Path("rules/{year}")
    public RulesSettings changeRules(@PathParam("year") int year, RulesSettings settings) {
        return yearRules.change(year, settings);
    }

    @GET
    public List<CommitmentView> list(@QueryParam("person") Long personId, @QueryParam("unit") Long unitId,
            @QueryParam("year") int year) {
        return book.of(owner(personId, unitId), year);
    }

    @POST
    public CommitmentView draft(@QueryParam("person") Long personId, @QueryParam("unit") Long unitId,
            @QueryParam("year") int year, CommitmentDraft draft) {
        return book.draft(owner(personId, unitId), year, draft);
    }

    @POST
    @Path("submission")
    public List<CommitmentView> submit(@QueryParam("person") Long personId, @QueryParam("unit") Long unitId,
            @QueryParam("year") int year) {
        return book.submit(owner(personId, unitId), year);
    }

    @PUT
    @Path("{id}")
    public CommitmentView revise(@PathParam("id") long id, Revision revision) {
        return book.revise(id, revision.version(), revision.draft());
    }

    @GET
    @Path("review")
    public Queue queue(@QueryParam("status") @DefaultValue("SUBMITTED") CommitmentStatus status,
            @QueryParam("year") int year, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        if (first < 0 || size < 1 || size > 500) {
            throw new InvalidRequest("api.invalid.page", 500);
        }
        return new Queue(review.queue(status, year, first, size), review.counts(year));
    }

    /** Items that went late and are not done, among those the caller reviews. */
    @GET
    @Path("review/overdue")
    public List<ReviewQueueItem> overdue(@QueryParam("year") int year,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        if (first < 0 || size < 1 || size > 500) {
            throw new InvalidRequest("api.invalid.page", 500);
        }
        return review.overdue(year, first, size);
    }

    @POST
    @Path("{id}/decision")
    public CommitmentView decide(@PathParam("id") long id, Decision decision) {
        return review.decide(id, decision.version(), decision.outcome(), decision.reason());
    }

    @POST
    @Path("publication")
    public List<CommitmentView> publish(List<Long> ids) {
        return review.publish(ids);
    }

    /**
     * 公开承诺书 as PDF: a person's ({@code ?person=}), an organization's ({@code ?unit=}) or, with
     * {@code members=true}, every member's of a branch, one letter per page.
     */
    @GET
    @Path("letters")
    @Produces("application/pdf")
    public Response letters(@QueryParam("person") Long personId, @QueryParam("unit") Long unitId,
            @QueryParam("members") boolean members, @QueryParam("year") int year) {
        List<LetterItem> items = letterItems(owner(personId, unitId), members, year);
        Locale language = Downloads.language(request, headers);
        StreamingOutput body = out -> letterReport.write(items, year, language, out);
        return Downloads.attachment(body, "application/pdf", "commitment-letters-" + year + ".pdf");
    }

    /** 承诺卡 as PDF, one card per owner: a person's, an organization's or every member's of a branch. */
    @GET
    @Path("cards")
    @Produces("application/pdf")
    public Response cards(@QueryParam("person") Long personId, @QueryParam("unit") Long unitId,
            @QueryParam("members") boolean members, @QueryParam("year") int year) {
        List<LetterItem> items = letterItems(owner(personId, unitId), members, year);
        Locale language = Downloads.language(request, headers);
        StreamingOutput body = out -> letterReport.writeCards(items, year, language, out);
        return Downloads.attachment(body, "application/pdf", "commitment-cards-" + year + ".pdf");
    }

    @GET
    @Path("{id}/history")
    public List<RevisionView> history(@PathParam("id") long id) {
        return review.history(id);
    }

    /** An organization's letters, or with {@code members} those of every member of the branch. */
    private List<LetterItem> letterItems(CommitmentOwner owner, boolean members, int year) {
        return members && owner.isOrganization() ? letters.ofMembers(owner.id(), year) : letters.of(owner, year);
    }

    static CommitmentOwner owner(Long personId, Long unitId) {
        return CommitmentOwner.named(personId, unitId)
                .orElseThrow(() -> new InvalidRequest("api.invalid.personOrUnit"));
    }
}
