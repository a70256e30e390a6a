package org.jiannuo.interfaces.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiannuo.application.fulfilment.FulfilmentLedger;
import org.jiannuo.application.fulfilment.LedgerFilter;
import org.jiannuo.application.fulfilment.LedgerLine;
import org.jiannuo.interfaces.i18n.Bundle;
import org.jiannuo.reports.FulfilmentLedgerRow;
import org.jiannuo.reports.RecordDataSource;
import org.jiannuo.reports.ReportFormat;
import org.jiannuo.reports.ReportRenderer;
import org.jiannuo.reports.ReportTemplate;

/**
 * The ledger as PDF or XLSX in the reader's language. The report fills while the service reads the
 * ledger in one pass through a database cursor, and the fill swaps finished pages to disk, so a
 * county's ledger never sits in memory whole.
 */
@ApplicationScoped
public class LedgerReport {

    private static final List<String> COLUMNS = List.of("number", "unit", "owner", "category", "kind", "content",
            "measures", "dueDate", "status", "lastRecord", "lateness", "rectification");

    @Inject
    ReportRenderer renderer;

    public void write(FulfilmentLedger ledger, LedgerFilter filter, ReportFormat format, Locale locale,
            OutputStream out) {
        Map<String, Object> parameters = parameters(ledger, filter, locale);
        ledger.readAll(filter, lines -> {
            renderer.render(ReportTemplate.FULFILMENT_LEDGER, parameters, new RecordDataSource(rows(lines, locale)),
                    format, out);
            return null;
        });
    }

    /** The report's title, scope, filter and counts. */
    public Map<String, Object> parameters(FulfilmentLedger ledger, LedgerFilter filter, Locale locale) {
        long total = ledger.count(filter);
        long overdue = ledger.count(new LedgerFilter(filter.unitId(), filter.year(), filter.status(),
                filter.category(), filter.text(), true, null, false));
        String unitName = ledger.unitName(filter.unitId());
        return Map.of(
                "TITLE", Bundle.text(locale, "ledger.report.title", unitName, String.valueOf(filter.year())),
                "SCOPE", Bundle.text(locale, "ledger.report.scope", unitName),
                "FILTER_LINE", filterLine(filter, locale),
                "GENERATED", Bundle.text(locale, "ledger.report.generated",
                        LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))),
                "COUNT_LINE", Bundle.text(locale, "ledger.report.count", total, overdue),
                "COLUMN_LABELS", COLUMNS.stream().map(column -> Bundle.text(locale, "ledger.column." + column)).toList(),
                "PAGE_PATTERN", Bundle.text(locale, "ledger.report.page"));
    }

    /** The ledger's lines as the report's numbered rows, made as they are read. */
    public static Iterator<FulfilmentLedgerRow> rows(Iterator<LedgerLine> lines, Locale locale) {
        return new Rows(lines, locale);
    }

    private static String filterLine(LedgerFilter filter, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (filter.status() != null) {
            parts.add(Bundle.text(locale, "commitment.status." + filter.status()));
        }
        if (filter.category() != null && !filter.category().isBlank()) {
            parts.add(filter.category());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            parts.add("“" + filter.text().strip() + "”");
        }
        if (filter.overdueOnly()) {
            parts.add(Bundle.text(locale, "ledger.overdueOnly"));
        }
        return parts.isEmpty() ? "" : Bundle.text(locale, "ledger.report.filter", String.join("，", parts));
    }

    /** The ledger's lines as the report's numbered rows. */
    private static final class Rows implements Iterator<FulfilmentLedgerRow> {

        private final Iterator<LedgerLine> lines;
        private final Locale locale;
        private final LocalDate today = LocalDate.now();
        private int read;

        Rows(Iterator<LedgerLine> lines, Locale locale) {
            this.lines = lines;
            this.locale = locale;
        }

        @Override
        public boolean hasNext() {
            return lines.hasNext();
        }

        @Override
        public FulfilmentLedgerRow next() {
            read++;
            return row(lines.next(), read);
        }

        private FulfilmentLedgerRow row(LedgerLine line, int number) {
            long daysLate = line.daysLate(today);
            return new FulfilmentLedgerRow(number, line.unitName(), line.ownerName(), line.category(),
                    Bundle.text(locale, "commitment.kind." + line.kind()), line.content(), line.measures(),
                    line.dueDate().toString(), Bundle.text(locale, "commitment.status." + line.status()),
                    line.lastRecordMonth() == null ? "" : Bundle.text(locale, "ledger.lastRecord",
                            line.lastRecordMonth().toString().substring(0, 7), line.progress()),
                    daysLate == 0 ? "" : Bundle.text(locale, "ledger.daysLate", daysLate),
                    line.rectificationDeadline() == null ? ""
                            : Bundle.text(locale, "ledger.rectificationDue", line.rectificationDeadline().toString()));
        }
    }
}
