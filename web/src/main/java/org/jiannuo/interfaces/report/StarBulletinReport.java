package org.jiannuo.interfaces.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jiannuo.application.stars.BulletinLine;
import org.jiannuo.application.stars.ProgressLine;
import org.jiannuo.application.stars.StarBulletinView;
import org.jiannuo.application.stars.StarBulletins;
import org.jiannuo.domain.model.stars.LogEntryKind;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.domain.model.summary.Period;
import org.jiannuo.interfaces.i18n.Bundle;
import org.jiannuo.reports.RecordDataSource;
import org.jiannuo.reports.ReportFormat;
import org.jiannuo.reports.ReportLabels;
import org.jiannuo.reports.ReportRenderer;
import org.jiannuo.reports.ReportTemplate;
import org.jiannuo.reports.StarBulletinRow;

/**
 * The quarterly star bulletin (季度星级通报) as PDF or XLSX in the reader's language: one village's, or a township's
 * collection of its villages' published bulletins, filled while the service reads them through a database cursor.
 * Each aspect's target is drawn as ★, beside it the log book's pages for the aspects the log book records.
 */
@ApplicationScoped
public class StarBulletinReport {

    static final String STAR = "★";

    private static final Set<StarAspect> LOGGED = EnumSet.noneOf(StarAspect.class);

    static {
        for (LogEntryKind kind : LogEntryKind.values()) {
            LOGGED.add(kind.aspect());
        }
    }

    @Inject
    ReportRenderer renderer;

    /** One village's bulletin, a draft too for those who read it. */
    public void writeBulletin(StarBulletins bulletins, StarBulletinView bulletin, ReportFormat format, Locale locale,
            OutputStream out) {
        String subtitle = bulletin.unitName() + " · " + (bulletin.published()
                ? Bundle.text(locale, "starBulletin.pdf.published", bulletin.publishedAt().toLocalDate().toString())
                : Bundle.text(locale, "starBulletin.pdf.draft"));
        Map<String, Object> parameters = parameters(Period.parse(bulletin.quarter()), subtitle, locale);
        bulletins.readBulletin(bulletin.id(), lines -> {
            render(parameters, lines, format, locale, out);
            return null;
        });
    }

    /** The township's collection: the published bulletins of the quarter in its subtree, village after village. */
    public void writeCollection(StarBulletins bulletins, long unitId, String quarter, ReportFormat format,
            Locale locale, OutputStream out) {
        Map<String, Object> parameters = parameters(Period.parse(quarter),
                Bundle.text(locale, "starBulletin.pdf.collection", bulletins.unitName(unitId)), locale);
        bulletins.readCollection(unitId, quarter, lines -> {
            render(parameters, lines, format, locale, out);
            return null;
        });
    }

    public static String fileName(String quarter, long id, ReportFormat format) {
        return "star-bulletin-" + quarter + "-" + id + "." + format.extension();
    }

    private void render(Map<String, Object> parameters, Iterator<BulletinLine> lines, ReportFormat format,
            Locale locale, OutputStream out) {
        renderer.render(ReportTemplate.STAR_BULLETIN, parameters, new RecordDataSource(new NumberedByGroup<>(lines,
                BulletinLine::bulletinId, (line, number) -> row(line, number, locale))),
                format, out);
    }

    private static Map<String, Object> parameters(Period quarter, String subtitle, Locale locale) {
        return ReportLabels.parameters(locale, Map.of(
                "TITLE", Bundle.text(locale, "starBulletin.pdf.title", String.valueOf(quarter.year()),
                        Bundle.text(locale, "starBulletin.quarter." + quarter.index())),
                "SUBTITLE", subtitle,
                "LEGEND", Bundle.text(locale, "starBulletin.pdf.legend"),
                "ASPECTS", List.of(StarAspect.values()).stream()
                        .map(aspect -> Bundle.text(locale, "stars.aspect." + aspect)).toList()));
    }

    /** An aspect's cell: the target as ★ (— for none), with the log book's pages where the log book records it. */
    public static String cell(ProgressLine line, StarAspect aspect, Locale locale) {
        int target = line.target().get(aspect);
        String stars = target == 0 ? "—" : STAR.repeat(target);
        return LOGGED.contains(aspect)
                ? Bundle.text(locale, "starBulletin.pdf.pages", stars, line.pages().get(aspect)) : stars;
    }

    /** A line as its numbered row, numbered again from 1 in each village. */
    private static StarBulletinRow row(BulletinLine line, int number, Locale locale) {
        ProgressLine progress = line.progress();
        String meeting = line.heldOn() == null ? Bundle.text(locale, "starBulletin.pdf.notHeld")
                : Bundle.text(locale, "starBulletin.pdf.meeting", line.heldOn().toString(), line.attendees());
        return new StarBulletinRow(line.bulletinId(), line.unitName(), meeting, line.problems(),
                line.suggestions(), number, progress.name(),
                Bundle.text(locale, "starBulletin.pdf.category",
                        Bundle.text(locale, "village." + progress.category()), progress.cap()),
                cell(progress, StarAspect.IDEOLOGY, locale), cell(progress, StarAspect.LAW, locale),
                cell(progress, StarAspect.CUSTOMS, locale), cell(progress, StarAspect.LIAISON, locale),
                cell(progress, StarAspect.POST, locale),
                progress.targetWritten() ? progress.targetTotal() + " / " + progress.cap()
                        : Bundle.text(locale, "starBulletin.pdf.noTarget"),
                progress.remark());
    }
}
