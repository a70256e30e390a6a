package org.jiannuo.interfaces.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;

/**
 * A request that shows no session, whatever cookie it carries, and makes none. The API refuses outright to
 * make one (a call that asks for it is a programming error); the public board's pages are told there is none,
 * since JSF asks for one to keep a view's state, which a stateless, cached page read by anyone never has.
 */
public final class SessionlessRequest extends HttpServletRequestWrapper {

    private final boolean refuseCreation;

    private SessionlessRequest(HttpServletRequest request, boolean refuseCreation) {
        super(request);
        this.refuseCreation = refuseCreation;
    }

    /** For the API: asking for a new session is an error. */
    public static HttpServletRequest refusing(HttpServletRequest request) {
        return new SessionlessRequest(request, true);
    }

    /** For pages read by anyone: asking for a session gets none. */
    public static HttpServletRequest withoutSession(HttpServletRequest request) {
        return new SessionlessRequest(request, false);
    }

    @Override
    public HttpSession getSession(boolean create) {
        if (create && refuseCreation) {
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
}
