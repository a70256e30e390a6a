package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.jiannuo.application.summary.AnnualOverview;
import org.jiannuo.application.summary.AnnualSummaries;
import org.jiannuo.interfaces.report.AnnualSummaryReport;
import org.jiannuo.reports.ReportFormat;

/**
 * The annual assessment summary of a unit's subtree for a year: its figures, the units below it, the coverage
 * lists and its own roster's people as JSON, or every person of the subtree as PDF or XLSX.
 */
@ApplicationScoped
@Path("annual-summary")
@Produces(MediaType.APPLICATION_JSON)
public class AnnualSummaryResource {

    @EJB
    AnnualSummaries summaries;

    @Inject
    AnnualSummaryReport report;

    @Context
    HttpHeaders headers;

    @GET
    public AnnualOverview overview(@QueryParam("unit") Long unitId, @QueryParam("year") int year) {
        return summaries.overview(required(unitId), year);
    }

    @GET
    @Path("export")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response export(@QueryParam("unit") Long unitId, @QueryParam("year") int year,
            @QueryParam("format") @DefaultValue("PDF") ReportFormat format) {
        long unit = required(unitId);
        // Refuses a unit the caller may not read before the 200 and its headers are sent.
        summaries.unitName(unit);
        Locale locale = Problem.locale(headers);
        StreamingOutput body = out -> report.write(summaries, unit, year, format, locale, out);
        return Downloads.attachment(body, format.contentType(), AnnualSummaryReport.fileName(unit, year, format));
    }

    private static long required(Long unitId) {
        if (unitId == null) {
            throw new InvalidRequest("api.invalid.unitRequired");
        }
        return unitId;
    }
}
