package org.jiannuo.interfaces.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Runs before Shiro on {@code /api/*}: a call that changes anything, or carries credentials of its own, shows
 * no session, whatever cookie it carries, and cannot make one. A page of another site therefore cannot make
 * the API act with a victim's cookie, and a basic-auth call cannot sign itself into a session that a browser
 * holds. Only a plain read (GET or HEAD without credentials) sees the browser's session: the screens link
 * their downloads (reports, evidence files) there, and a read changes nothing.
 */
public class SessionlessApiFilter extends HttpFilter {

    /** A read the screens may make with their session: no credentials of its own, and nothing it changes. */
    static boolean isSessionRead(HttpServletRequest request) {
        return request.getHeader("Authorization") == null
                && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isSessionRead(request)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(SessionlessRequest.refusing(request), response);
    }
}
