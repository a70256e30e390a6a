package org.jiannuo.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.jiannuo.interfaces.i18n.LocaleSelection;

/** An RFC 9457 problem: what went wrong, in the caller's language (Accept-Language, Chinese by default). */
public record Problem(String type, String title, int status, String detail) {

    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    static Response response(int status, String title, String code, String detail) {
        return Response.status(status)
                .type(PROBLEM_JSON)
                .entity(new Problem("urn:jiannuo:problem:" + code, title, status, detail))
                .build();
    }

    /** English when the caller prefers it, otherwise Simplified Chinese, as on the screens. */
    static Locale locale(HttpHeaders headers) {
        List<Locale> accepted = headers.getAcceptableLanguages();
        return !accepted.isEmpty() && "en".equals(accepted.get(0).getLanguage())
                ? LocaleSelection.ENGLISH : LocaleSelection.CHINESE;
    }
}
