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
import org.jiannuo.application.publicity.PublicBoard;
import org.jiannuo.interfaces.security.SessionlessRequest;
import org.jiannuo.interfaces.web.board.BoardCache.Entry;

/**
 * Renders a board read that {@link BoardCacheFilter} could not answer, keeps a 200 in {@link BoardCache} under
 * the stamp it was rendered for, and tells browsers and proxies they may keep it briefly ({@code Cache-Control:
 * public, max-age=30}, an {@code ETag} of the stamp and the body, {@code Last-Modified}); a repeated read with
 * the ETag gets 304. Anything but a 200 is neither kept nor cacheable: guessed keys fill no memory. It runs
 * last, after Shiro, so that a rendered page passed every filter a page passes.
 */
public class BoardRenderFilter extends HttpFilter {

    @EJB
    PublicBoard board;

    @Inject
    BoardCache cache;

    @Override
    protected void doFilter(HttpServletRequest anyonesRequest, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Nobody's session, read or made: the same page is kept for everyone (JSF would make one for the view).
        HttpServletRequest request = SessionlessRequest.withoutSession(anyonesRequest);
        Optional<BoardRead> read = BoardRead.of(request, board);
        if (read.isEmpty()) {
            response.setHeader("Cache-Control", "no-cache");
            chain.doFilter(request, response);
            return;
        }
        Instant now = Instant.now();
        CapturedResponse captured = new CapturedResponse(response);
        chain.doFilter(request, captured);
        byte[] body = captured.body();
        if (response.getStatus() == HttpServletResponse.SC_OK) {
            long stamp = read.get().stamp();
            Entry entry = new Entry(stamp, now, response.getContentType(), body,
                    "\"" + Long.toString(stamp, 36) + "-" + Integer.toHexString(Arrays.hashCode(body)) + "\"");
            cache.keep(read.get().address(), entry);
            entry.answer(request, response);
        } else if (!response.isCommitted()) {
            response.setHeader("Cache-Control", "no-cache");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
