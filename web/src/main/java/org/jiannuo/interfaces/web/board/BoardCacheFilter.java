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
import java.util.Optional;
import org.jiannuo.application.publicity.PublicBoard;
import org.jiannuo.interfaces.web.board.BoardCache.Entry;

/**
 * Answers the public board's reads (pages and JSON) from {@link BoardCache} while the tenant's board stamp
 * is unchanged. It runs right after the security headers and before the sign-in machinery: a kept board
 * response is the same for everyone, so a crowd scanning posters costs one map lookup and one memoized
 * stamp per read. Whatever is not kept goes on untouched to {@link BoardRenderFilter}, which renders it.
 * Why a stamp in the database rather than Payara's clustered cache: every node checks the one indexed row
 * (memoized for a second) and needs no cluster configuration, and no rendered page travels between nodes.
 */
public class BoardCacheFilter extends HttpFilter {

    @EJB
    PublicBoard board;

    @Inject
    BoardCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Entry> kept = BoardRead.of(request, board)
                .flatMap(read -> cache.fresh(read.address(), read.stamp(), Instant.now()));
        if (kept.isPresent()) {
            kept.get().answer(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
