package org.jiannuo.interfaces.security;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jiannuo.application.AccountAuthentication;
import org.jiannuo.application.AuthenticatedAccount;

/**
 * Runs after Shiro on every page request of a signed-in session and keeps the session's rights those of the
 * moment: the account is read again with its grants (an appointment or a removal counts at once); a session
 * whose tenant was suspended, whose account was disabled or whose password was changed or reset elsewhere
 * ends; so does one older than the absolute lifetime ({@code jiannuo.security.session-hours}, default 12)
 * whatever its activity. A one-time password leads to the password page and nowhere else. API calls with
 * credentials of their own were signed in afresh and pass; the screens' downloads under {@code /api} are
 * checked like pages.
 */
public class AccountSessionFilter extends HttpFilter {

    static final String SIGNED_IN_AT = AccountSessionFilter.class.getName() + ".signedInAt";
    private static final String PASSWORD_PAGE = "/password.xhtml";

    @EJB
    AccountAuthentication authentication;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        Subject subject = SecurityUtils.getSubject();
        AuthenticatedAccount signedIn = subject.getPrincipals() == null ? null
                : subject.getPrincipals().oneByType(AuthenticatedAccount.class);
        if (signedIn == null || !subject.isAuthenticated() || isResource(path)
                || request.getHeader("Authorization") != null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AuthenticatedAccount> current = outlived(request.getSession(false)) ? Optional.empty()
                : authentication.refresh(signedIn);
        if (current.isEmpty()) {
            subject.logout();
            redirect(request, response, "/login.xhtml?ended=true");
            return;
        }
        AuthenticatedAccount account = current.get();
        if (account.mustChangePassword() && !PASSWORD_PAGE.equals(path) && !"/logout".equals(path)) {
            redirect(request, response, PASSWORD_PAGE);
            return;
        }
        if (account.equals(signedIn)) {
            chain.doFilter(request, response);
            return;
        }
        Subject refreshed = SessionPrincipal.replace(subject, account, request, response);
        try {
            refreshed.execute(() -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (org.apache.shiro.subject.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof ServletException servlet) {
                throw servlet;
            }
            throw e;
        }
    }

    /** Marks when the session signed in; the absolute lifetime counts from here. */
    static void signedIn(HttpSession session) {
        session.setAttribute(SIGNED_IN_AT, Instant.now());
    }

    private static boolean outlived(HttpSession session) {
        if (session == null) {
            return false;
        }
        Instant since = (Instant) session.getAttribute(SIGNED_IN_AT);
        if (since == null) {
            signedIn(session);
            return false;
        }
        int hours = ConfigProvider.getConfig().getOptionalValue("jiannuo.security.session-hours", Integer.class)
                .orElse(12);
        return since.plus(Duration.ofHours(hours)).isBefore(Instant.now());
    }

    private static boolean isResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.startsWith("/health") || path.startsWith("/metrics")
                || path.startsWith("/openapi") || "/favicon.ico".equals(path);
    }

    /** A JSF AJAX request follows a redirect only when it comes as a partial response. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String target)
            throws IOException {
        String url = request.getContextPath() + target;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(url);
        }
    }
}
