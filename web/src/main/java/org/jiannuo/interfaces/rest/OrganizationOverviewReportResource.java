package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
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
import org.jiannuo.reports.OrganizationOverviewRow;
import org.jiannuo.reports.RecordDataSource;
import org.jiannuo.reports.ReportFormat;
import org.jiannuo.reports.ReportRenderer;
import org.jiannuo.reports.ReportTemplate;

/** 党组织与党员概况 as PDF or XLSX. */
@Path("reports/organization-overview")
public class OrganizationOverviewReportResource {

    private static final DateTimeFormatter GENERATED_AT = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    @EJB
    OrganizationOverviewQuery query;

    @Inject
    ReportRenderer renderer;

    @Inject
    CurrentTenant currentTenant;

    @GET
    public Response render(@QueryParam("format") @DefaultValue("pdf") String formatName) {
        ReportFormat format = parse(formatName);
        AuthenticatedAccount account = currentTenant.account().orElseThrow();
        List<OrganizationOverviewRow> rows = query.headcountsByCommittee().stream().map(this::toRow).toList();
        Map<String, Object> parameters = Map.of(
                "TITLE", account.tenantName() + " 党组织与党员概况",
                "SUBTITLE", "生成时间 " + LocalDateTime.now().format(GENERATED_AT) + "　制表 " + account.displayName());
        StreamingOutput body = out -> renderer.render(ReportTemplate.ORGANIZATION_OVERVIEW, parameters,
                new RecordDataSource(rows.iterator()), format, out);
        return Downloads.attachment(body, format.contentType(), "党组织与党员概况." + format.extension());
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
