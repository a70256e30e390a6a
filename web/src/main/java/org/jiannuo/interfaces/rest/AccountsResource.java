package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import java.nio.file.Files;
import java.util.List;
import org.jiannuo.application.ResultPage;
import org.jiannuo.application.account.AccountAdministration;
import org.jiannuo.application.account.AccountRow;
import org.jiannuo.application.account.AccountSearch;
import org.jiannuo.application.account.AccountState;
import org.jiannuo.application.account.IssueScope;
import org.jiannuo.application.account.IssuedAccount;
import org.jiannuo.domain.model.account.UsernameScheme;
import org.jiannuo.interfaces.account.AccountIssueJob;
import org.jiannuo.interfaces.account.AccountIssuing;

/**
 * Accounts of the people below the caller, through the same services as the accounts screen: listed, issued
 * in the background (the answer names the job to poll and, once done, its login slips), reset (the answer is
 * the reset person's login slip as PDF), disabled and enabled.
 */
@ApplicationScoped
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @EJB
    AccountAdministration administration;

    @Inject
    AccountIssuing issuing;

    @Context
    HttpHeaders headers;

    /** Whom to issue accounts to: {@code personIds}, else everyone under {@code unitId}, else everyone without one. */
    public record IssueRequest(List<Long> personIds, Long unitId) {
    }

    public record IssueProgress(String id, AccountIssueJob.Phase phase, int candidates, int issued, int mailed,
            int percent, boolean slipsReady) {

        static IssueProgress of(AccountIssueJob job) {
            return new IssueProgress(job.id(), job.phase(), job.candidates(), job.issued(), job.mailed(), job.percent(),
                    job.slips() != null);
        }
    }

    public record Scheme(UsernameScheme usernameScheme) {
    }

    @GET
    public ResultPage<AccountRow> list(@QueryParam("unit") Long unitId, @QueryParam("state") AccountState state,
            @QueryParam("q") String text, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        return administration.list(new AccountSearch(unitId, state, text), first, Math.min(size, 500));
    }

    /** 202 with the job; poll {@code GET /accounts/issue/{job}}. */
    @POST
    @Path("issue")
    public Response issue(IssueRequest request) {
        AccountIssueJob job = issuing.start(new IssueScope(request == null ? null : request.personIds(),
                request == null ? null : request.unitId()), Problem.locale(headers));
        return Response.accepted(IssueProgress.of(job)).build();
    }

    @GET
    @Path("issue/{job}")
    public IssueProgress progress(@PathParam("job") String id) {
        return IssueProgress.of(issuing.job(id).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("issue/{job}/slips")
    @Produces("application/pdf")
    public Response slips(@PathParam("job") String id) {
        AccountIssueJob job = issuing.job(id).filter(found -> found.slips() != null)
                .orElseThrow(NotFoundException::new);
        return Downloads.attachment(out -> Files.copy(job.slips(), out), "application/pdf", "login-slips.pdf");
    }

    /** A new one-time password; the answer is its login slip. */
    @POST
    @Path("{id}/reset")
    @Produces("application/pdf")
    public Response reset(@PathParam("id") long id) {
        IssuedAccount reset = administration.reset(id);
        return Downloads.attachment(out -> issuing.writeSlip(reset, Problem.locale(headers), out), "application/pdf",
                "login-slip-" + reset.username() + ".pdf");
    }

    @POST
    @Path("{id}/disable")
    public void disable(@PathParam("id") long id) {
        administration.disable(id);
    }

    @POST
    @Path("{id}/enable")
    public void enable(@PathParam("id") long id) {
        administration.enable(id);
    }

    @GET
    @Path("scheme")
    public Scheme scheme() {
        return new Scheme(administration.usernameScheme());
    }

    @PUT
    @Path("scheme")
    public Scheme chooseScheme(Scheme scheme) {
        administration.chooseUsernameScheme(scheme.usernameScheme());
        return scheme();
    }
}
