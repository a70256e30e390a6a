package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jiannuo.application.account.AccountNotFoundException;
import org.jiannuo.application.appraisal.MeetingNotFoundException;
import org.jiannuo.application.ballot.OccasionNotFoundException;
import org.jiannuo.application.commitment.CommitmentNotFoundException;
import org.jiannuo.application.delivery.DeliveryNotFoundException;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.people.PersonNotFoundException;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.yearend.EvaluationNotFoundException;
import org.jiannuo.application.publicity.BoardNotFoundException;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.tenancy.NoTenantException;
import org.jiannuo.application.stars.StarBookNotFoundException;
import org.jiannuo.application.summary.BulletinNotFoundException;
import org.jiannuo.application.tenant.TenantNotFoundException;
import org.jiannuo.domain.model.publicity.HourlyLimitReached;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.infrastructure.io.LimitExceededException;
import org.jiannuo.infrastructure.persistence.DatabaseOutage;
import org.jiannuo.application.LogText;
import org.jiannuo.interfaces.i18n.Bundle;

/**
 * Every failure of the API answers as problem JSON with a message from the bundles in the caller's language,
 * never an exception's own text; what the server knows more is logged under the incident id the answer names.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
    private static final String INCIDENT = "urn:jiannuo:incident:";

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(RuntimeException exception) {
        Throwable cause = exception instanceof EJBException && exception.getCause() != null
                ? exception.getCause() : exception;
        Locale locale = Problem.locale(headers);
        LimitExceededException tooLarge = causeOfType(exception, LimitExceededException.class);
        if (tooLarge != null) {
            return Problem.tooLarge(tooLarge.limit(), locale);
        }
        if (DatabaseOutage.causes(exception)) {
            LOG.warning(() -> "API call failed while the database was away (" + cause.getClass().getName() + ")");
            return Problem.unavailable(locale);
        }
        if (cause instanceof HourlyLimitReached tooMany) {
            return Problem.response(429, "Too Many Requests", tooMany.code(), Bundle.ruleMessage(locale, tooMany));
        }
        if (cause instanceof RuleViolation violation) {
            return Problem.response(422, "Unprocessable Content", violation.code(), Bundle.ruleMessage(locale, violation));
        }
        if (cause instanceof AccessDeniedException) {
            return Problem.response(403, "Forbidden", "access-denied", Bundle.text(locale, "access.denied"));
        }
        if (cause instanceof PersonNotFoundException || cause instanceof UnitNotFoundException
                || cause instanceof TenantNotFoundException || cause instanceof CommitmentNotFoundException
                || cause instanceof MeetingNotFoundException || cause instanceof AccountNotFoundException
                || cause instanceof OccasionNotFoundException || cause instanceof BoardNotFoundException
                || cause instanceof BulletinNotFoundException
                || cause instanceof DeliveryNotFoundException
                || cause instanceof StarBookNotFoundException
                || cause instanceof EvaluationNotFoundException) {
            return Problem.response(404, "Not Found", "not-found", Bundle.text(locale, "api.notFound"));
        }
        if (cause instanceof StaleEditException) {
            return Problem.response(409, "Conflict", "stale-edit", Bundle.text(locale, "person.stale"));
        }
        if (cause instanceof NoTenantException) {
            return Problem.response(401, "Unauthorized", "unauthenticated", Bundle.text(locale, "api.unauthenticated"));
        }
        if (cause instanceof InvalidRequest invalid) {
            return Problem.response(400, "Bad Request", "bad-request",
                    Bundle.text(locale, invalid.key(), invalid.arguments()));
        }
        if (cause instanceof IllegalArgumentException) {
            return refused(400, "Bad Request", cause, locale);
        }
        // A body that is not the JSON the endpoint reads is the caller's mistake, not the server's.
        JsonbException unreadable = causeOfType(exception, JsonbException.class);
        if (unreadable != null) {
            return refused(400, "Bad Request", unreadable, locale);
        }
        if (cause instanceof WebApplicationException web) {
            return refused(web.getResponse().getStatus(), web.getResponse().getStatusInfo().getReasonPhrase(), web,
                    locale);
        }
        String incident = incident();
        LOG.log(Level.SEVERE, exception, () -> "API call failed [" + incident + "]");
        return Problem.response(500, "Internal Server Error", "internal-error",
                Bundle.text(locale, "api.internalError", incident), INCIDENT + incident);
    }

    /**
     * A request the API cannot take. The exception's own text (a Java message, perhaps naming classes or
     * values) goes to the log under an incident id; the caller gets the bundle's words and the id.
     */
    private static Response refused(int status, String title, Throwable cause, Locale locale) {
        String incident = incident();
        LOG.log(status == 404 ? Level.FINE : Level.INFO, () -> "API request refused with " + status + " [" + incident + "]: "
                + LogText.quoted(cause.getClass().getName() + ": " + cause.getMessage()));
        String key = switch (status) {
            case 400 -> "api.badRequest";
            case 404 -> "api.notFound";
            case 405 -> "api.methodNotAllowed";
            case 406, 415 -> "api.unsupportedMediaType";
            default -> "api.requestRefused";
        };
        return Problem.response(status, title, status == 400 ? "bad-request" : "request-refused",
                Bundle.text(locale, key, incident), INCIDENT + incident);
    }

    private static String incident() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static <T extends Throwable> T causeOfType(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
