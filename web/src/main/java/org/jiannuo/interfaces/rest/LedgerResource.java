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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jiannuo.application.ResultPage;
import org.jiannuo.application.fulfilment.CompletionRates;
import org.jiannuo.application.fulfilment.FulfilmentLedger;
import org.jiannuo.application.fulfilment.LedgerFilter;
import org.jiannuo.application.fulfilment.LedgerFilter.LedgerSort;
import org.jiannuo.application.fulfilment.LedgerLine;
import org.jiannuo.application.fulfilment.UnitCompletion;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.interfaces.report.LedgerReport;
import org.jiannuo.reports.ReportFormat;

/**
 * The fulfilment ledger of a unit's subtree, a page at a time or whole as PDF or XLSX, and the
 * completion rates of the units below one.
 */
@ApplicationScoped
@Path("ledger")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    @EJB
    FulfilmentLedger ledger;

    @EJB
    CompletionRates completionRates;

    @Inject
    LedgerReport report;

    @Context
    HttpHeaders headers;

    @GET
    public ResultPage<LedgerLine> page(@QueryParam("unit") Long unitId, @QueryParam("year") int year,
            @QueryParam("status") CommitmentStatus status, @QueryParam("category") String category,
            @QueryParam("q") String text, @QueryParam("overdue") boolean overdueOnly,
            @QueryParam("sort") LedgerSort sort, @QueryParam("desc") boolean descending,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        if (first < 0 || size < 1 || size > FulfilmentLedger.LARGEST_PAGE) {
            throw new InvalidRequest("api.invalid.page", FulfilmentLedger.LARGEST_PAGE);
        }
        return ledger.page(filter(unitId, year, status, category, text, overdueOnly, sort, descending), first, size);
    }

    @GET
    @Path("export")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response export(@QueryParam("unit") Long unitId, @QueryParam("year") int year,
            @QueryParam("status") CommitmentStatus status, @QueryParam("category") String category,
            @QueryParam("q") String text, @QueryParam("overdue") boolean overdueOnly,
            @QueryParam("format") @DefaultValue("PDF") ReportFormat format) {
        LedgerFilter filter = filter(unitId, year, status, category, text, overdueOnly, null, false);
        // Refuses a unit the caller may not read before the 200 and its headers are sent.
        ledger.unitName(unitId);
        Locale locale = Problem.locale(headers);
        StreamingOutput body = out -> report.write(ledger, filter, format, locale, out);
        boolean pdf = format == ReportFormat.PDF;
        return Downloads.attachment(body, pdf ? "application/pdf"
                        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "ledger-" + year + "-" + LocalDate.now() + (pdf ? ".pdf" : ".xlsx"));
    }

    @GET
    @Path("completion")
    public List<UnitCompletion> completion(@QueryParam("unit") Long unitId, @QueryParam("year") int year) {
        return completionRates.below(unitId, year);
    }

    private static LedgerFilter filter(Long unitId, int year, CommitmentStatus status, String category, String text,
            boolean overdueOnly, LedgerSort sort, boolean descending) {
        if (unitId == null) {
            throw new InvalidRequest("api.invalid.unitRequired");
        }
        return new LedgerFilter(unitId, year, status, category, text, overdueOnly, sort, descending);
    }
}
