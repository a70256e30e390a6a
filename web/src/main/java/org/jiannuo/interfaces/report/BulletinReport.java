package org.jiannuo.interfaces.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiannuo.application.summary.BulletinView;
import org.jiannuo.domain.model.summary.BulletinKind;
import org.jiannuo.domain.model.summary.LedgerFigures;
import org.jiannuo.domain.model.summary.Period;
import org.jiannuo.interfaces.i18n.Bundle;
import org.jiannuo.interfaces.i18n.BulletinWords;
import org.jiannuo.reports.BulletinSectionRow;
import org.jiannuo.reports.RecordDataSource;
import org.jiannuo.reports.ReportFormat;
import org.jiannuo.reports.ReportRenderer;
import org.jiannuo.reports.ReportTemplate;

/**
 * A half-year bulletin (半年通报) or a quarterly report as PDF: the secretary's text, the figures as drafted and,
 * in a half-year bulletin, the advanced and the lagging; headings and labels in the reader's language.
 */
@ApplicationScoped
public class BulletinReport {

    @Inject
    ReportRenderer renderer;

    public void write(BulletinView bulletin, Locale locale, OutputStream out) {
        Period period = Period.parse(bulletin.period());
        String none = Bundle.text(locale, "bulletin.pdf.none");
        LedgerFigures figures = bulletin.figures();
        String figureLines = Bundle.text(locale, "bulletin.pdf.ledger", figures.items(), figures.closed(),
                figures.onSchedule(), figures.late(), figures.rectified());
        List<BulletinSectionRow> rows = new ArrayList<>();
        rows.add(new BulletinSectionRow(Bundle.text(locale, "bulletin.pdf.section.body"), bulletin.text().body()));
        if (bulletin.kind() == BulletinKind.HALF_YEAR_BULLETIN) {
            rows.add(new BulletinSectionRow(Bundle.text(locale, "bulletin.pdf.section.figures"), figureLines + "\n"
                    + Bundle.text(locale, "bulletin.pdf.grades", figures.pioneer(), figures.qualified(),
                            figures.basicallyQualified(), figures.lagging())));
            rows.add(new BulletinSectionRow(Bundle.text(locale, "bulletin.pdf.section.praised"),
                    orNone(bulletin.text().praised(), none)));
            rows.add(new BulletinSectionRow(Bundle.text(locale, "bulletin.pdf.section.urged"),
                    orNone(bulletin.text().urged(), none)));
        } else {
            rows.add(new BulletinSectionRow(Bundle.text(locale, "bulletin.pdf.section.figures"), figureLines));
        }
        Map<String, Object> parameters = Map.of(
                "TITLE", Bundle.text(locale, "bulletin.pdf.title." + bulletin.kind(), bulletin.unitName(),
                        BulletinWords.period(locale, period)),
                "SUBTITLE", bulletin.published()
                        ? Bundle.text(locale, "bulletin.pdf.published", bulletin.publishedAt().toLocalDate().toString())
                        : Bundle.text(locale, "bulletin.pdf.draft"),
                "FOOTER", bulletin.unitName(),
                "PAGE_PATTERN", Bundle.text(locale, "bulletin.pdf.page"));
        renderer.render(ReportTemplate.BULLETIN, parameters, new RecordDataSource(rows.iterator()), ReportFormat.PDF, out);
    }

    /** The PDF's file name: kind, period and id, in letters a browser keeps as they are. */
    public static String fileName(BulletinView bulletin) {
        return (bulletin.kind() == BulletinKind.HALF_YEAR_BULLETIN ? "bulletin-" : "quarterly-report-")
                + bulletin.period() + "-" + bulletin.id() + ".pdf";
    }

    private static String orNone(String text, String none) {
        return text == null || text.isBlank() ? none : text;
    }
}
