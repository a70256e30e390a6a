package org.jiannuo.interfaces.web.summary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.jiannuo.domain.model.summary.Period;
import org.jiannuo.domain.model.summary.PeriodKind;
import org.jiannuo.domain.model.summary.StandingRule;
import org.jiannuo.interfaces.i18n.BulletinWords;
import org.jiannuo.interfaces.web.Messages;

/** Periods and the bulletin's naming rule in the page's language. */
@Named
@RequestScoped
public class SummaryLabels {

    /** 2026-H1 as 2026 年上半年, 2026-Q3 as 2026 年第 3 季度. */
    public String period(String text) {
        return BulletinWords.period(FacesContext.getCurrentInstance().getViewRoot().getLocale(), Period.parse(text));
    }

    /** The rule by which a half-year bulletin names the advanced and the lagging, with its number. */
    public String standingRule() {
        return Messages.text("bulletins.rule", StandingRule.pioneerMonthsNeeded(new Period(2000, PeriodKind.HALF_YEAR, 1)),
                PeriodKind.HALF_YEAR.months());
    }
}
