package org.jiannuo.interfaces.web;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;
import org.jiannuo.application.account.AccountNotFoundException;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.people.PersonNotFoundException;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * Runs a screen's action against the services and turns what they refuse into a message in the user's
 * language: a broken rule says which, a refusal says it is not allowed, a concurrent edit says the record
 * changed, a missing record says it is not there (or not the caller's to see). Anything else is a fault and
 * goes on to the error page.
 */
public final class PageActions {

    private PageActions() {
    }

    /** Runs the action; true when it went through, false when a message tells why not. */
    public static boolean run(Runnable action) {
        return call(() -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
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
        try {
            return action.get();
        } catch (RuntimeException e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof RuleViolation violation) {
                Messages.ruleViolated(violation);
            } else if (cause instanceof AccessDeniedException) {
                Messages.error("access.denied");
            } else if (cause instanceof StaleEditException || cause instanceof OptimisticLockException) {
                Messages.error("page.stale");
            } else if (cause instanceof PersonNotFoundException || cause instanceof UnitNotFoundException
                    || cause instanceof AccountNotFoundException) {
                Messages.error("api.notFound");
            } else {
                throw e;
            }
            return null;
        }
    }
}
