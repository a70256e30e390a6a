package org.jiannuo.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import org.jiannuo.infrastructure.spreadsheet.TableFormat;

/** A file answer: the browser saves it under a dated name instead of showing it. */
final class Downloads {

    private Downloads() {
    }

    static Response attachment(StreamingOutput file, String name, TableFormat format) {
        return Response.ok(file, format.contentType())
                .header("Content-Disposition",
                        "attachment; filename=\"" + name + "-" + LocalDate.now() + "." + format.extension() + "\"")
                .build();
    }
}
