package org.jiannuo.interfaces.web;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.jiannuo.application.account.AccountNotFoundException;
import org.jiannuo.application.appraisal.MeetingNotFoundException;
import org.jiannuo.application.ballot.OccasionNotFoundException;
import org.jiannuo.application.commitment.CommitmentNotFoundException;
import org.jiannuo.application.delivery.DeliveryNotFoundException;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.people.PersonNotFoundException;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.publicity.BoardNotFoundException;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.stars.StarBookNotFoundException;
import org.jiannuo.application.summary.BulletinNotFoundException;
import org.jiannuo.application.tenant.TenantNotFoundException;
import org.jiannuo.application.yearend.EvaluationNotFoundException;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.infrastructure.persistence.DatabaseOutage;

/**
 * Runs a screen's action against the services and turns what they refuse into a message in the user's
 * language: a broken rule says which, a refusal says it is not allowed, a concurrent edit says the record
 * changed (in the screen's own words, and shows the record again when the screen says how), a missing
 * record says it is not there (or not the caller's to see), the database away says to try again in a few
 * seconds (503 on a page's load). Anything else is a fault and goes on to the error page. Every screen's
 * actions go through here, so that they all answer a refusal alike.
 */
public final class PageActions {

    private static final PageActions PLAIN = new PageActions("page.stale", () -> {
    }, null);

    private final String staleKey;
    private final Runnable reload;
    private final String missingKey;

    private PageActions(String staleKey, Runnable reload, String missingKey) {
        this.staleKey = staleKey;
        this.reload = reload;
        this.missingKey = missingKey;
    }

    /** Actions of a screen that names a concurrent edit in its own words and then shows the record again. */
    public static PageActions onStale(String staleKey, Runnable reload) {
        return new PageActions(staleKey, reload, null);
    }

    /** Actions of a screen that names a concurrent edit in its own words. */
    public static PageActions onStale(String staleKey) {
        return onStale(staleKey, PLAIN.reload);
    }

    /**
     * Actions, or the loading, of a screen about one subject (a meeting, a person, an item): when the
     * subject is not there, or not the caller's to see or handle, the screen's own message says so, the
     * same either way, so that nobody learns which of the two it was.
     */
    public static PageActions aboutSubject(String missingKey) {
        return new PageActions(PLAIN.staleKey, PLAIN.reload, missingKey);
    }

    /** Runs the action; true when it went through, false when a message tells why not. */
    public static boolean run(Runnable action) {
        return PLAIN.attempt(action);
    }

    /** Runs the action and, when it went through, shows the success message. */
    public static boolean run(Runnable action, String successKey, Object... arguments) {
        boolean done = run(action);
        if (done) {
            Messages.info(successKey, arguments);
        }
        return done;
    }

    /** The action's result, or null with a message when it was refused. */
    public static <T> T call(Supplier<T> action) {
        return PLAIN.obtain(action);
    }

    /**
     * The view of a page read without signing in, or null with the response's status 404 when its subject is
     * not there: a guessed address is answered with the status alone, the same whatever was missing.
     */
    public static <T> T orNotFound(Supplier<T> loader) {
        try {
            return loader.get();
        } catch (RuntimeException e) {
            if (!isNotFound(e instanceof EJBException && e.getCause() != null ? e.getCause() : e)) {
                throw e;
            }
            ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                    .setStatus(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
    }

    /** Runs the action; true when it went through, false when a message tells why not. */
    public boolean attempt(Runnable action) {
        return obtain(() -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** The action's result, or null with a message when it was refused. */
    public <T> T obtain(Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            refused(e);
            return null;
        }
    }

    private void refused(RuntimeException e) {
        Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        if (DatabaseOutage.causes(e)) {
            // The user keeps the page and what they entered, to try again once the pool has new connections.
            Messages.error("error.unavailable.text");
            FacesContext faces = FacesContext.getCurrentInstance();
            if (!faces.getPartialViewContext().isAjaxRequest()) {
                faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        } else if (missingKey != null && (isNotFound(cause) || cause instanceof AccessDeniedException)) {
            Messages.error(missingKey);
        } else if (cause instanceof RuleViolation violation) {
            Messages.ruleViolated(violation);
        } else if (cause instanceof AccessDeniedException) {
            Messages.error("access.denied");
        } else if (cause instanceof StaleEditException || cause instanceof OptimisticLockException
                || e instanceof EJBTransactionRolledbackException) {
            // A transaction rolled back at commit lost a race with a concurrent change of the same record.
            Messages.error(staleKey);
            reload.run();
        } else if (isNotFound(cause)) {
            Messages.error("api.notFound");
        } else {
            throw e;
        }
    }

    private static boolean isNotFound(Throwable cause) {
        return cause instanceof PersonNotFoundException || cause instanceof UnitNotFoundException
                || cause instanceof AccountNotFoundException || cause instanceof CommitmentNotFoundException
                || cause instanceof MeetingNotFoundException || cause instanceof TenantNotFoundException
                || cause instanceof OccasionNotFoundException || cause instanceof BoardNotFoundException
                || cause instanceof BulletinNotFoundException
                || cause instanceof DeliveryNotFoundException
                || cause instanceof StarBookNotFoundException
                || cause instanceof EvaluationNotFoundException;
    }
}
