package org.jiannuo.interfaces.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.jiannuo.application.spreadsheet.TableFormat;
import org.jiannuo.interfaces.i18n.LocaleSelection;

/** A file answer: the browser saves it under the given name, Chinese included (RFC 6266), instead of showing it. */
final class Downloads {

    private Downloads() {
    }

    /**
     * The language a printed file speaks: the screens' language when the caller follows a link from a signed-in
     * session that chose one, else the language the request prefers (an API client's Accept-Language).
     */
    static Locale language(HttpServletRequest request, HttpHeaders headers) {
        return LocaleSelection.isChosen(request) ? LocaleSelection.of(request) : Problem.locale(headers);
    }

    static Response attachment(StreamingOutput file, String contentType, String fileName) {
        return Response.ok(file, contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8))
                .build();
    }

    /** A roster file, named by what it holds and the day it was written. */
    static Response attachment(StreamingOutput file, String name, TableFormat format) {
        return attachment(file, format.contentType(), name + "-" + LocalDate.now() + "." + format.extension());
    }
}
