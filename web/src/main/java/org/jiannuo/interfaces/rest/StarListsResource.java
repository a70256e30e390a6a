package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.jiannuo.application.stars.StarLists;
import org.jiannuo.application.stars.StarTargets;
import org.jiannuo.interfaces.report.StarListReport;
import org.jiannuo.reports.ReportFormat;

/** The year-end star list of a village or a township's villages as PDF or XLSX (issue 15, point 10). */
@ApplicationScoped
@Path("stars/lists")
public class StarListsResource {

    @EJB
    StarLists lists;

    @EJB
    StarTargets targets;

    @Inject
    StarListReport report;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @GET
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response list(@QueryParam("unit") Long unitId, @QueryParam("year") Integer year,
            @QueryParam("format") @DefaultValue("PDF") ReportFormat format) {
        long unit = StarFollowUpResource.unit(unitId);
        int listYear = year == null ? targets.currentYear() : year;
        // Refuses a unit the caller may not read before the 200 and its headers are sent.
        lists.unitName(unit);
        Locale locale = Downloads.language(request, headers);
        return Downloads.attachment(out -> report.write(lists, unit, listYear, format, locale, out),
                format.contentType(), StarListReport.fileName(listYear, unit, format));
    }
}
