package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiannuo.application.AuthenticatedAccount;
import org.jiannuo.application.CommitteeHeadcount;
import org.jiannuo.application.OrganizationOverviewQuery;
import org.jiannuo.application.tenancy.CurrentTenant;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.interfaces.i18n.Bundle;
import org.jiannuo.reports.OrganizationOverviewRow;
import org.jiannuo.reports.RecordDataSource;
import org.jiannuo.reports.ReportFormat;
import org.jiannuo.reports.ReportLabels;
import org.jiannuo.reports.ReportRenderer;
import org.jiannuo.reports.ReportTemplate;

/** 党组织与党员概况 as PDF or XLSX, in the caller's language. */
@ApplicationScoped
@Path("reports/organization-overview")
public class OrganizationOverviewReportResource {

    @EJB
    OrganizationOverviewQuery query;

    @Inject
    ReportRenderer renderer;

    @Inject
    CurrentTenant currentTenant;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @GET
    public Response render(@QueryParam("format") @DefaultValue("pdf") String formatName) {
        ReportFormat format = parse(formatName);
        AuthenticatedAccount account = currentTenant.account().orElseThrow();
        List<OrganizationOverviewRow> rows = query.headcountsByCommittee().stream().map(this::toRow).toList();
        Locale locale = Downloads.language(request, headers);
        String generatedAt = LocalDateTime.now()
                .format(DateTimeFormatter.ofPattern(Bundle.text(locale, "overview.report.dateTime"), locale));
        Map<String, Object> parameters = ReportLabels.parameters(locale, Map.of(
                "TITLE", Bundle.text(locale, "overview.report.title", account.tenantName()),
                "SUBTITLE", Bundle.text(locale, "overview.report.subtitle", generatedAt, account.displayName())));
        StreamingOutput body = out -> renderer.render(ReportTemplate.ORGANIZATION_OVERVIEW, parameters,
                new RecordDataSource(rows.iterator()), format, out);
        return Downloads.attachment(body, format.contentType(),
                Bundle.text(locale, "overview.report.file") + "." + format.extension());
    }

    private OrganizationOverviewRow toRow(CommitteeHeadcount headcount) {
        return new OrganizationOverviewRow(headcount.committee(), headcount.branches(),
                headcount.count(PartyStatus.FULL_MEMBER), headcount.count(PartyStatus.PROBATIONARY_MEMBER),
                headcount.count(PartyStatus.ACTIVIST), headcount.count(PartyStatus.NON_PARTY_STAFF));
    }

    private static ReportFormat parse(String name) {
        try {
            return ReportFormat.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("api.invalid.format");
        }
    }
}
