package org.jiannuo.interfaces.web.board;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.jiannuo.application.publicity.PublicBoard;

/**
 * A read of the public board that may be answered from {@link BoardCache}: a GET of a known tenant's board,
 * by its address (path and query) under the tenant's current board stamp. Anything else (another method,
 * an unknown tenant, an address longer than any the board links to) is not cacheable.
 */
record BoardRead(String address, long stamp) {

    private static final String API = "/api/v1/public/board/";
    private static final int LONGEST_ADDRESS = 600;

    static Optional<BoardRead> of(HttpServletRequest request, PublicBoard board) {
        if (!"GET".equals(request.getMethod())) {
            return Optional.empty();
        }
        String query = request.getQueryString();
        String address = request.getRequestURI() + (query == null ? "" : "?" + query);
        if (address.length() > LONGEST_ADDRESS) {
            return Optional.empty();
        }
        String tenantKey = tenantKeyOf(request);
        if (tenantKey == null) {
            return Optional.empty();
        }
        var stamp = board.stamp(tenantKey);
        return stamp.isEmpty() ? Optional.empty() : Optional.of(new BoardRead(address, stamp.getAsLong()));
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
