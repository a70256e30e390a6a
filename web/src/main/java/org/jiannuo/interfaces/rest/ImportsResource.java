package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiannuo.application.importing.ImportChange;
import org.jiannuo.application.importing.ImportKind;
import org.jiannuo.application.importing.ImportLimits;
import org.jiannuo.application.importing.ImportPreview;
import org.jiannuo.application.importing.ImportProblem;
import org.jiannuo.application.importing.ImportProgress;
import org.jiannuo.application.importing.ImportRefusedException;
import org.jiannuo.application.importing.ImportResult;
import org.jiannuo.application.importing.RosterImport;
import org.jiannuo.infrastructure.io.LimitExceededException;
import org.jiannuo.infrastructure.io.UploadSpool;
import org.jiannuo.interfaces.i18n.Bundle;

/**
 * Bulk import over HTTP: the file is the request body. Without {@code apply=true} the answer is
 * the preview and nothing changes; with it the file is imported whole, or refused with 422 and
 * the same row-by-row problems.
 */
@ApplicationScoped
@Path("imports/{kind: units|people}")
@Consumes({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    MediaType.APPLICATION_OCTET_STREAM})
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    @EJB
    RosterImport rosterImport;

    @Inject
    ImportLimits limits;

    @Context
    HttpHeaders headers;

    /** One problem, with its message in the caller's language. */
    public record ProblemView(int line, String column, String code, String message) {
    }

    /** The preview as the API shows it. */
    public record PreviewView(ImportKind kind, String encoding, int rows, int created, int changed, int unchanged,
            int problemCount, List<ProblemView> problems, List<ImportChange> sample) {
    }

    /**
     * The caller's right to import is checked before the body is read, and the body is written to disk
     * as it arrives, one byte past the import's limit refused with 413.
     */
    @POST
    @BodyLimit(BodyLimit.Carries.IMPORT_FILE)
    public Response importFile(@PathParam("kind") String kind, @QueryParam("fileName") String fileName,
            @QueryParam("apply") @DefaultValue("false") boolean apply, InputStream body) throws IOException {
        ImportKind importKind = ImportKind.valueOf(kind.toUpperCase(Locale.ROOT));
        rosterImport.checkImporter(importKind);
        String name = fileName != null ? fileName : defaultName(importKind);
        Locale locale = Problem.locale(headers);
        java.nio.file.Path file;
        try {
            file = UploadSpool.spool(body, limits.maxBytes());
        } catch (LimitExceededException e) {
            return Problem.tooLarge(e.limit(), locale);
        }
        try {
            return importFile(importKind, name, file, apply, locale);
        } finally {
            UploadSpool.discard(file);
        }
    }

    private Response importFile(ImportKind importKind, String name, java.nio.file.Path file, boolean apply, Locale locale) {
        if (!apply) {
            return Response.ok(view(rosterImport.preview(importKind, name, file), locale)).build();
        }
        try {
            ImportResult result = rosterImport.apply(importKind, name, file, new ImportProgress());
            return Response.ok(result).build();
        } catch (ImportRefusedException refused) {
            PreviewView preview = view(refused.preview(), locale);
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "urn:jiannuo:problem:import-refused");
            problem.put("title", "Unprocessable Content");
            problem.put("status", 422);
            problem.put("detail", Bundle.text(locale, "import.refused", preview.problemCount()));
            problem.put("problems", preview.problems());
            return Response.status(422).type(Problem.PROBLEM_JSON).entity(problem).build();
        }
    }

    /** Without a name the content decides: a workbook is recognised by its bytes, anything else is read as CSV. */
    private static String defaultName(ImportKind kind) {
        return kind.name().toLowerCase(Locale.ROOT) + ".csv";
    }

    private static PreviewView view(ImportPreview preview, Locale locale) {
        List<ProblemView> problems = preview.problems().stream().map(problem -> view(problem, locale)).toList();
        return new PreviewView(preview.kind(), preview.encoding(), preview.rows(), preview.created(), preview.changed(),
                preview.unchanged(), preview.problemCount(), problems, preview.sample());
    }

    private static ProblemView view(ImportProblem problem, Locale locale) {
        return new ProblemView(problem.line(), problem.column(), problem.code(),
                Bundle.text(locale, "rule." + problem.code(), problem.arguments().toArray()));
    }
}
