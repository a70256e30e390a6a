package org.jiannuo.interfaces.i18n;

import java.util.Locale;
import org.jiannuo.application.summary.BulletinWording;
import org.jiannuo.domain.model.summary.BulletinKind;
import org.jiannuo.domain.model.summary.LedgerFigures;
import org.jiannuo.domain.model.summary.Period;
import org.jiannuo.domain.model.summary.Standing;

/** A drafted bulletin's first words from the bundles, in the drafter's language. */
public final class BulletinWords implements BulletinWording {

    private final Locale locale;

    public BulletinWords(Locale locale) {
        this.locale = locale;
    }

    /** The period in words: 2026 年上半年, 2026 年第 3 季度; the year is passed as text, never grouped as 2,026. */
    public static String period(Locale locale, Period period) {
        return Bundle.text(locale, "period." + period.kind(), String.valueOf(period.year()), period.index());
    }

    @Override
    public String body(BulletinKind kind, String unitName, Period period, LedgerFigures figures) {
        return Bundle.text(locale, "bulletin.draft.body." + kind, unitName, period(locale, period), figures.items(),
                figures.closed(), figures.onSchedule(), figures.late(), figures.rectified(), figures.pioneer(),
                figures.qualified(), figures.basicallyQualified(), figures.lagging());
    }

    @Override
    public String line(Standing standing) {
        return standing.kind() == Standing.Kind.ADVANCED
                ? Bundle.text(locale, "bulletin.draft.advanced", standing.name(), standing.pioneerMonths())
                : Bundle.text(locale, "bulletin.draft.lagging", standing.name(), standing.laggingMonths(),
                        standing.lateItems(), standing.rectified());
    }
}
