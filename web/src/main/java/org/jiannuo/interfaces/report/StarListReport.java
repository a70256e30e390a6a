package org.jiannuo.interfaces.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiannuo.application.stars.StarListLine;
import org.jiannuo.application.stars.StarLists;
import org.jiannuo.domain.model.stars.FollowUpThresholds;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.domain.model.stars.StarStanding;
import org.jiannuo.interfaces.i18n.Bundle;
import org.jiannuo.reports.RecordDataSource;
import org.jiannuo.reports.ReportFormat;
import org.jiannuo.reports.ReportLabels;
import org.jiannuo.reports.ReportRenderer;
import org.jiannuo.reports.ReportTemplate;
import org.jiannuo.reports.StarListRow;

/**
 * The year-end star list (年度星级名单) of a village or a township's villages as PDF or XLSX in the reader's language,
 * filled while the service reads the published ratings through a database cursor. Each aspect's stars are drawn as
 * ★, as in the quarterly bulletin; the follow-up column names the commendation, the reserve mark and the helper.
 */
@ApplicationScoped
public class StarListReport {

    @Inject
    ReportRenderer renderer;

    public void write(StarLists lists, long unitId, int year, ReportFormat format, Locale locale, OutputStream out) {
        FollowUpThresholds thresholds = lists.thresholds();
        Map<String, Object> parameters = ReportLabels.parameters(locale, Map.of(
                "TITLE", Bundle.text(locale, "starList.pdf.title", String.valueOf(year)),
                "SUBTITLE", Bundle.text(locale, "starList.pdf.subtitle", lists.unitName(unitId)),
                "LEGEND", Bundle.text(locale, "starList.pdf.legend", thresholds.commendUpper(),
                        thresholds.commendLower(), thresholds.laggingUpper(), thresholds.laggingLower()),
                "BRANCH_TOTAL", Bundle.text(locale, "starList.pdf.branchTotal"),
                "ASPECTS", List.of(StarAspect.values()).stream()
                        .map(aspect -> Bundle.text(locale, "stars.aspect." + aspect)).toList()));
        lists.readList(unitId, year, lines -> {
            renderer.render(ReportTemplate.STAR_LIST, parameters, new RecordDataSource(new NumberedByGroup<>(lines,
                    StarListLine::unitId, (line, number) -> row(line, number, locale))),
                    format, out);
            return null;
        });
    }

    public static String fileName(int year, long unitId, ReportFormat format) {
        return "star-list-" + year + "-" + unitId + "." + format.extension();
    }

    /** An aspect's stars drawn as ★, — for none. */
    static String stars(int count) {
        return count == 0 ? "—" : StarBulletinReport.STAR.repeat(count);
    }

    static String followUp(StarListLine line, Locale locale) {
        if (line.standing() == StarStanding.COMMENDED) {
            return line.reserve() ? Bundle.text(locale, "starList.pdf.reserve")
                    : Bundle.text(locale, "starList.pdf.commended");
        }
        if (line.standing() == StarStanding.LAGGING) {
            return line.helperName() == null ? Bundle.text(locale, "starList.pdf.laggingUnpaired")
                    : Bundle.text(locale, "starList.pdf.lagging", line.helperName());
        }
        return "";
    }

    /** A line as its numbered row, numbered again from 1 in each village. */
    private static StarListRow row(StarListLine line, int number, Locale locale) {
        return new StarListRow(line.unitId(), line.unitName(), number, line.name(),
                Bundle.text(locale, "starBulletin.pdf.category",
                        Bundle.text(locale, "village." + line.category()), line.cap()),
                stars(line.stars().get(StarAspect.IDEOLOGY)), stars(line.stars().get(StarAspect.LAW)),
                stars(line.stars().get(StarAspect.CUSTOMS)), stars(line.stars().get(StarAspect.LIAISON)),
                stars(line.stars().get(StarAspect.POST)), line.total() + " / " + line.cap(),
                followUp(line, locale), line.standing() == StarStanding.COMMENDED ? 1 : 0,
                line.standing() == StarStanding.LAGGING ? 1 : 0);
    }
}
