package org.jiannuo.interfaces.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;

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
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public HttpSession getSession(boolean create) {
                if (create) {
                    throw new IllegalStateException("The API keeps no sessions");
                }
                return null;
            }

            @Override
            public HttpSession getSession() {
                return getSession(true);
            }

            @Override
            public String getRequestedSessionId() {
                return null;
            }

            @Override
            public boolean isRequestedSessionIdValid() {
                return false;
            }

            @Override
            public Cookie[] getCookies() {
                Cookie[] cookies = super.getCookies();
                return cookies == null ? null : Arrays.stream(cookies)
                        .filter(cookie -> !"JSESSIONID".equalsIgnoreCase(cookie.getName())).toArray(Cookie[]::new);
            }
        }, response);
    }
}
