package org.jiannuo.interfaces.web.board;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import org.jiannuo.application.publicity.PublicBoard;
import org.jiannuo.interfaces.security.SessionlessRequest;
import org.jiannuo.interfaces.web.board.BoardCache.Entry;

/**
 * Serves the public board's reads (pages and JSON) from {@link BoardCache} while the tenant's board stamp
 * is unchanged, and tells browsers and proxies they may keep them briefly ({@code Cache-Control: public,
 * max-age=30}, an {@code ETag} of the stamp and the body, {@code Last-Modified}); a repeated read with the
 * ETag gets 304. Why a stamp in the database rather than Payara's clustered cache: every node checks the
 * one indexed row (memoized for a second) and needs no cluster configuration, and no rendered page travels
 * between nodes. Anything but a 200 is neither kept nor cacheable: guessed keys fill no memory.
 */
public class BoardCacheFilter extends HttpFilter {

    static final int MAX_AGE_SECONDS = 30;
    private static final String API = "/api/v1/public/board/";
    private static final int LONGEST_ADDRESS = 600;

    @EJB
    PublicBoard board;

    @Inject
    BoardCache cache;

    @Override
    protected void doFilter(HttpServletRequest anyonesRequest, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Nobody's session, read or made: the same page is kept for everyone (JSF would make one for the view).
        HttpServletRequest request = SessionlessRequest.withoutSession(anyonesRequest);
        String tenantKey = "GET".equals(request.getMethod()) ? tenantKeyOf(request) : null;
        OptionalLong stamp = tenantKey == null ? OptionalLong.empty() : board.stamp(tenantKey);
        String query = request.getQueryString();
        String address = request.getRequestURI() + (query == null ? "" : "?" + query);
        if (stamp.isEmpty() || address.length() > LONGEST_ADDRESS) {
            response.setHeader("Cache-Control", "no-cache");
            chain.doFilter(request, response);
            return;
        }
        Instant now = Instant.now();
        Optional<Entry> cached = cache.fresh(address, stamp.getAsLong(), now);
        if (cached.isPresent()) {
            answer(request, response, cached.get());
            return;
        }
        CapturedResponse captured = new CapturedResponse(response);
        chain.doFilter(request, captured);
        byte[] body = captured.body();
        if (response.getStatus() == HttpServletResponse.SC_OK) {
            Entry entry = new Entry(stamp.getAsLong(), now, response.getContentType(), body,
                    "\"" + Long.toString(stamp.getAsLong(), 36) + "-" + Integer.toHexString(Arrays.hashCode(body)) + "\"");
            cache.keep(address, entry);
            answer(request, response, entry);
        } else if (!response.isCommitted()) {
            response.setHeader("Cache-Control", "no-cache");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, Entry entry)
            throws IOException {
        response.setHeader("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS);
        response.setHeader("ETag", entry.etag());
        response.setDateHeader("Last-Modified", entry.renderedAt().toEpochMilli());
        String seen = request.getHeader("If-None-Match");
        if (seen != null && seen.contains(entry.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(entry.contentType());
        response.setContentLength(entry.body().length);
        response.getOutputStream().write(entry.body());
    }

    /** The tenant's key: the {@code t} of a page's address, or the first segment after the API's prefix. */
    private static String tenantKeyOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(API)) {
            String rest = path.substring(API.length());
            int slash = rest.indexOf('/');
            return slash < 0 ? rest : rest.substring(0, slash);
        }
        return request.getParameter("t");
    }
}
