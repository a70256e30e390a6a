package org.jiannuo.interfaces.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authz.AuthorizationFilter;

/**
 * {@code anyRole[A,B]}: lets through a subject holding at least one of the roles (Shiro's own {@code roles[A,B]}
 * wants all of them). Runs after an authenticating filter: whoever reaches it without one of the roles is
 * refused with 403 and a problem JSON of its own, like the API: not sent to the login page, since its callers are
 * machines as often as people, and not to the error page, which would need the session its callers do not have.
 */
public class AnyRoleFilter extends AuthorizationFilter {

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        Subject subject = getSubject(request, response);
        String[] roles = (String[]) mappedValue;
        return subject.isAuthenticated() && roles != null && Arrays.stream(roles).anyMatch(subject::hasRole);
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws IOException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(HttpServletResponse.SC_FORBIDDEN);
        http.setContentType("application/problem+json");
        http.setCharacterEncoding("UTF-8");
        http.getWriter().write("{\"type\":\"urn:jiannuo:problem:forbidden\",\"title\":\"Forbidden\",\"status\":403}");
        return false;
    }
}
