package org.jiannuo.interfaces.web;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.jiannuo.application.AuthenticatedAccount;
import org.jiannuo.application.account.AccountPreferences;
import org.jiannuo.application.tenancy.CurrentTenant;
import org.jiannuo.interfaces.i18n.LocaleSelection;

/**
 * Runs after Shiro on every request: applies a language switch (kept on a signed-in account, and read from
 * it when a session starts), and names the request's tenant
 * and user in the thread name, which every server log line carries, so that each line of a
 * request can be traced to who made it.
 */
public class RequestContextFilter extends HttpFilter {

    @Inject
    CurrentTenant currentTenant;

    @EJB
    AccountPreferences preferences;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean signedIn = currentTenant.account().isPresent();
        Optional<String> switched = LocaleSelection.applySwitch(request);
        if (signedIn && switched.isPresent()) {
            preferences.chooseLanguage(switched.get());
        } else if (signedIn && request.getSession(false) != null && !LocaleSelection.isChosen(request)) {
            // A screen session's first signed-in request; API calls have no session and get none.
            LocaleSelection.choose(request, preferences.language().orElse("zh"));
        }
        Thread thread = Thread.currentThread();
        String originalName = thread.getName();
        String who = currentTenant.account().map(AuthenticatedAccount::toString).orElse("anonymous");
        thread.setName(originalName + " [" + who + " " + request.getMethod() + " " + request.getRequestURI() + "]");
        try {
            chain.doFilter(request, response);
        } finally {
            thread.setName(originalName);
        }
    }
}
