package org.jiannuo.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.jiannuo.infrastructure.persistence.DatabaseOutage;

/**
 * A page whose request failed because the database was away (its connections cut, the server restarting) answers
 * 503 with the error page's "try again in a few seconds" in the user's language, not the page of an internal
 * error: the pool makes new connections by itself, so the same request will do shortly. (The API answers the
 * same with problem JSON, in its exception mapper.)
 */
public class DatabaseOutageFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted() || !DatabaseOutage.causes(e)) {
                throw e;
            }
            LOG.warning(() -> "Page request failed while the database was away: " + request.getRequestURI());
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
