package org.jiannuo.interfaces.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.jiannuo.application.appraisal.EvaluationTable;
import org.jiannuo.application.appraisal.EvaluationTables;
import org.jiannuo.application.delivery.DeliveryContent;
import org.jiannuo.application.delivery.GeneratedDocument;
import org.jiannuo.application.fulfilment.FulfilmentLedger;
import org.jiannuo.application.fulfilment.LedgerFilter;
import org.jiannuo.application.summary.AnnualSummaries;
import org.jiannuo.application.summary.BulletinView;
import org.jiannuo.application.summary.Bulletins;
import org.jiannuo.domain.model.delivery.Recipient;
import org.jiannuo.domain.model.delivery.ReportKind;
import org.jiannuo.domain.model.summary.BulletinKind;
import org.jiannuo.interfaces.i18n.Bundle;
import org.jiannuo.interfaces.report.AnnualSummaryReport;
import org.jiannuo.interfaces.report.BulletinReport;
import org.jiannuo.interfaces.report.EvaluationTableReport;
import org.jiannuo.interfaces.report.LedgerReport;
import org.jiannuo.reports.ReportFormat;

/**
 * A recipient's document of a period as PDF in their language, made by the report screens' own services and
 * reports. Called on behalf of the recipient's post, so it holds their unit's or subtree's rows only. Empty when
 * there is nothing to send yet (the month's meeting or the half's bulletin is not published); the annual summary
 * is always sent, with what the year holds.
 */
@ApplicationScoped
public class RecipientDocuments {

    @Inject
    DeliveryContent content;

    @Inject
    EvaluationTables evaluationTables;

    @Inject
    EvaluationTableReport evaluationTableReport;

    @Inject
    Bulletins bulletins;

    @Inject
    BulletinReport bulletinReport;

    @Inject
    FulfilmentLedger ledger;

    @Inject
    LedgerReport ledgerReport;

    @Inject
    AnnualSummaries annualSummaries;

    @Inject
    AnnualSummaryReport annualSummaryReport;

    public Optional<GeneratedDocument> make(Recipient recipient, ReportKind report, String period) {
        Locale locale = recipient.language() == null || recipient.language().isBlank() ? Locale.SIMPLIFIED_CHINESE
                : Locale.forLanguageTag(recipient.language());
        String title = Bundle.text(locale, "delivery.title." + report, recipient.unitName(), period);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        String fileName;
        switch (report) {
            case EVALUATION_TABLES -> {
                Optional<Long> meeting = content.publishedMeeting(recipient.unitId(), YearMonth.parse(period));
                if (meeting.isEmpty()) {
                    return Optional.empty();
                }
                EvaluationTable table = evaluationTables.of(meeting.get());
                evaluationTableReport.write(table, ReportFormat.PDF, locale, pdf);
                fileName = evaluationTableReport.fileName(table, locale) + ".pdf";
            }
            case HALF_YEAR_BULLETIN -> {
                Optional<BulletinView> bulletin = bulletins.ofUnit(recipient.unitId()).stream()
                        .filter(view -> view.kind() == BulletinKind.HALF_YEAR_BULLETIN && view.published()
                                && view.period().equals(period)).findFirst();
                if (bulletin.isEmpty()) {
                    return Optional.empty();
                }
                bulletinReport.write(bulletin.get(), locale, pdf);
                fileName = BulletinReport.fileName(bulletin.get());
            }
            case LEDGER -> {
                ledgerReport.write(ledger, LedgerFilter.of(recipient.unitId(), YearMonth.parse(period).getYear()),
                        ReportFormat.PDF, locale, pdf);
                fileName = "ledger-" + recipient.unitId() + "-" + period + ".pdf";
            }
            case ANNUAL_SUMMARY -> {
                int year = Integer.parseInt(period);
                annualSummaryReport.write(annualSummaries, recipient.unitId(), year, ReportFormat.PDF, locale, pdf);
                fileName = AnnualSummaryReport.fileName(recipient.unitId(), year, ReportFormat.PDF);
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(new GeneratedDocument(recipient, title, fileName, pdf.toByteArray()));
    }
}
