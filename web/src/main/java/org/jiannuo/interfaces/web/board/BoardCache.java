package org.jiannuo.interfaces.web.board;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The board's rendered responses on this node, by address, each under the tenant's board stamp it was
 * rendered for: a response of an older stamp is never served, so a publication or an objection on any
 * node of the cluster reaches every node's board as soon as it reads the new stamp. A response is also
 * dropped after a minute, which is how far fulfilment progress (monthly records, which do not raise the
 * stamp) may lag behind. Beyond a few thousand, the least used are forgotten.
 */
@ApplicationScoped
public class BoardCache {

    static final Duration LIFETIME = Duration.ofMinutes(1);
    static final int MAX_AGE_SECONDS = 30;
    private static final int MOST_ENTRIES = 4_000;

    /** One rendered response. */
    public record Entry(long stamp, Instant renderedAt, String contentType, byte[] body, String etag) {

        boolean isFreshFor(long currentStamp, Instant now) {
            return stamp == currentStamp && renderedAt.plus(LIFETIME).isAfter(now);
        }

        /** Answers with this response, or 304 to a reader who already holds it. */
        void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setHeader("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS);
            response.setHeader("ETag", etag);
            response.setDateHeader("Last-Modified", renderedAt.toEpochMilli());
            String seen = request.getHeader("If-None-Match");
            if (seen != null && seen.contains(etag)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            response.setContentType(contentType);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private final Cache<String, Entry> entries = Caffeine.newBuilder().maximumSize(MOST_ENTRIES).build();

    public Optional<Entry> fresh(String address, long stamp, Instant now) {
        Entry entry = entries.getIfPresent(address);
        return entry != null && entry.isFreshFor(stamp, now) ? Optional.of(entry) : Optional.empty();
    }

    public void keep(String address, Entry entry) {
        entries.put(address, entry);
    }
}
