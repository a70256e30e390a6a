package org.jiannuo.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jiannuo.application.AuthenticatedAccount;
import org.jiannuo.application.tenancy.CurrentTenant;
import org.jiannuo.interfaces.i18n.LocaleSelection;

/**
 * Runs after Shiro on every request: applies a language switch, and names the request's tenant
 * and user in the thread name, which every server log line carries, so that each line of a
 * request can be traced to who made it.
 */
public class RequestContextFilter extends HttpFilter {

    @Inject
    CurrentTenant currentTenant;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        LocaleSelection.applySwitch(request);
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
