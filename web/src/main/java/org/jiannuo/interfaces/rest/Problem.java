package org.jiannuo.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.jiannuo.interfaces.i18n.Bundle;
import org.jiannuo.interfaces.i18n.LocaleSelection;

/**
 * An RFC 9457 problem: what went wrong, in the caller's language (Accept-Language, Chinese by default).
 *
 * @param instance where the server's log tells more ({@code urn:jiannuo:incident:…}), or null
 */
public record Problem(String type, String title, int status, String detail, String instance) {

    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    static Response response(int status, String title, String code, String detail) {
        return response(status, title, code, detail, null);
    }

    static Response response(int status, String title, String code, String detail, String instance) {
        return Response.status(status)
                .type(PROBLEM_JSON)
                .entity(new Problem("urn:jiannuo:problem:" + code, title, status, detail, instance))
                .build();
    }

    /**
     * 413 for a body over its limit, told before or while it is read. The connection is closed after the
     * answer, so that the server need not read the rest of the body to find the next request.
     */
    static Response tooLarge(long maxBytes, Locale locale) {
        return Response.fromResponse(response(413, "Content Too Large", "body-too-large",
                Bundle.text(locale, "api.bodyTooLarge", Math.max(1, maxBytes / (1024 * 1024)))))
                .header("Connection", "close")
                .build();
    }

    /**
     * 503 while the database is away (its connections cut, the server restarting): the request's transaction rolled
     * back, and the same request will do once the pool has new connections, which it makes by itself.
     */
    static Response unavailable(Locale locale) {
        return Response.fromResponse(response(503, "Service Unavailable", "database-unavailable",
                Bundle.text(locale, "api.databaseUnavailable")))
                .header("Retry-After", "5")
                .build();
    }

    static Locale locale(HttpHeaders headers) {
        return locale(headers.getAcceptableLanguages());
    }

    /** English when the caller prefers it, otherwise Simplified Chinese, as on the screens. */
    static Locale locale(List<Locale> accepted) {
        return !accepted.isEmpty() && "en".equals(accepted.get(0).getLanguage())
                ? LocaleSelection.ENGLISH : LocaleSelection.CHINESE;
    }
}
