package org.jiannuo.interfaces.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jiannuo.application.summary.AnnualSummaries;
import org.jiannuo.application.summary.UnitFigures;
import org.jiannuo.domain.model.summary.AnnualRecord;
import org.jiannuo.domain.model.summary.LedgerFigures;
import org.jiannuo.interfaces.i18n.Bundle;
import org.jiannuo.reports.AnnualSummaryRow;
import org.jiannuo.reports.RecordDataSource;
import org.jiannuo.reports.ReportFormat;
import org.jiannuo.reports.ReportRenderer;
import org.jiannuo.reports.ReportTemplate;

/**
 * The annual assessment summary of a unit's subtree as PDF or XLSX in the reader's language: the distributions
 * on top, then a row per person. The report fills while the service reads the people in one pass through a
 * database cursor, and the fill swaps finished pages to disk, so a county's summary never sits in memory whole.
 */
@ApplicationScoped
public class AnnualSummaryReport {

    private static final List<String> COLUMNS = List.of("number", "unit", "name", "pioneer", "qualified",
            "basicallyQualified", "lagging", "result", "items", "closed", "late", "rectified", "gaps");

    @Inject
    ReportRenderer renderer;

    public void write(AnnualSummaries summaries, long unitId, int year, ReportFormat format, Locale locale,
            OutputStream out) {
        Map<String, Object> parameters = parameters(summaries, unitId, year, locale);
        summaries.readAll(unitId, year, records -> {
            renderer.render(ReportTemplate.ANNUAL_SUMMARY, parameters, new RecordDataSource(rows(records, locale)),
                    format, out);
            return null;
        });
    }

    public static String fileName(long unitId, int year, ReportFormat format) {
        return "annual-summary-" + unitId + "-" + year + "." + format.extension();
    }

    private static Map<String, Object> parameters(AnnualSummaries summaries, long unitId, int year, Locale locale) {
        List<UnitFigures> figures = summaries.figures(unitId, year);
        String unitName = figures.get(0).unitName();
        return Map.of(
                "TITLE", Bundle.text(locale, "annual.report.title", unitName, String.valueOf(year)),
                "SCOPE", Bundle.text(locale, "ledger.report.scope", unitName),
                "GENERATED", Bundle.text(locale, "ledger.report.generated",
                        LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))),
                "FIGURES", figures.stream().map(unit -> figuresLine(unit, locale)).collect(Collectors.joining("\n")),
                "COLUMN_LABELS", COLUMNS.stream().map(column -> Bundle.text(locale, "annual.column." + column)).toList(),
                "PAGE_PATTERN", Bundle.text(locale, "ledger.report.page"));
    }

    /** A unit's distributions in one line: its people, the grades given, the results and the gaps. */
    static String figuresLine(UnitFigures unit, Locale locale) {
        return Bundle.text(locale, "annual.report.figures", unit.unitName(), unit.people(), unit.pioneer(),
                unit.qualified(), unit.basicallyQualified(), unit.lagging(), unit.excellent(), unit.resultQualified(),
                unit.unqualified(), unit.notCommitted(), unit.notPublished(), unit.notEvaluated());
    }

    /** The people as the report's numbered rows, made as they are read. */
    static Iterator<AnnualSummaryRow> rows(Iterator<AnnualRecord> records, Locale locale) {
        return new Iterator<>() {

            private int read;

            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public AnnualSummaryRow next() {
                AnnualRecord record = records.next();
                LedgerFigures figures = record.figures();
                read++;
                return new AnnualSummaryRow(read, record.unitName(), record.name(), figures.pioneer(),
                        figures.qualified(), figures.basicallyQualified(), figures.lagging(),
                        record.result() == null ? "" : Bundle.text(locale, "scale." + record.result()),
                        figures.items(), figures.closed(), figures.late(), figures.rectified(),
                        record.gaps().stream().sorted().map(gap -> Bundle.text(locale, "annual.gap." + gap))
                                .collect(Collectors.joining(Bundle.text(locale, "annual.report.separator"))));
            }
        };
    }
}
