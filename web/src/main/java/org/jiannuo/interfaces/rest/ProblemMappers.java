package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jiannuo.application.account.AccountNotFoundException;
import org.jiannuo.application.appraisal.MeetingNotFoundException;
import org.jiannuo.application.ballot.OccasionNotFoundException;
import org.jiannuo.application.commitment.CommitmentNotFoundException;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.people.PersonNotFoundException;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.tenancy.NoTenantException;
import org.jiannuo.application.tenant.TenantNotFoundException;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.interfaces.i18n.Bundle;

/** Every failure of the API answers as problem JSON with a message a person can act on. */
@Provider
public class ProblemMappers implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(RuntimeException exception) {
        Throwable cause = exception instanceof EJBException && exception.getCause() != null
                ? exception.getCause() : exception;
        Locale locale = Problem.locale(headers);
        if (cause instanceof RuleViolation violation) {
            return Problem.response(422, "Unprocessable Content", violation.code(), Bundle.ruleMessage(locale, violation));
        }
        if (cause instanceof AccessDeniedException) {
            return Problem.response(403, "Forbidden", "access-denied", Bundle.text(locale, "access.denied"));
        }
        if (cause instanceof PersonNotFoundException || cause instanceof UnitNotFoundException
                || cause instanceof TenantNotFoundException || cause instanceof CommitmentNotFoundException
                || cause instanceof MeetingNotFoundException || cause instanceof AccountNotFoundException
                || cause instanceof OccasionNotFoundException) {
            return Problem.response(404, "Not Found", "not-found", Bundle.text(locale, "api.notFound"));
        }
        if (cause instanceof StaleEditException) {
            return Problem.response(409, "Conflict", "stale-edit", Bundle.text(locale, "person.stale"));
        }
        if (cause instanceof NoTenantException) {
            return Problem.response(401, "Unauthorized", "unauthenticated", Bundle.text(locale, "api.unauthenticated"));
        }
        if (cause instanceof IllegalArgumentException) {
            return Problem.response(400, "Bad Request", "bad-request", cause.getMessage());
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return Problem.response(status, web.getResponse().getStatusInfo().getReasonPhrase(), "request-refused",
                    web.getMessage());
        }
        LOG.log(Level.SEVERE, "API call failed", exception);
        return Problem.response(500, "Internal Server Error", "internal-error", Bundle.text(locale, "api.internalError"));
    }
}
