package org.jiannuo.interfaces.web.summary;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToLongFunction;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.application.summary.AnnualOverview;
import org.jiannuo.application.summary.AnnualSummaries;
import org.jiannuo.application.summary.UnitFigures;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.jiannuo.interfaces.report.AnnualSummaryReport;
import org.jiannuo.interfaces.web.CurrentUser;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;
import org.jiannuo.interfaces.web.appraisal.AppraisalLabels;
import org.jiannuo.interfaces.web.appraisal.GradesPage;
import org.jiannuo.interfaces.web.appraisal.HomeUnit;
import org.jiannuo.interfaces.web.appraisal.StackedBarChart;
import org.jiannuo.reports.ReportFormat;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * 年度考核汇总: a unit's year for the department, leaders and the secretaries over it — the grades and results of
 * each unit below it as charts and side by side, who has not committed, published or been evaluated, and its
 * own people's year; the whole subtree as PDF or XLSX.
 */
@Named
@ViewScoped
public class AnnualPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AnnualSummaries summaries;

    @EJB
    private OrganizationTree tree;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AppraisalLabels labels;

    @Inject
    private AnnualSummaryReport report;

    private Long unit;
    private int year = LocalDate.now().getYear();
    private AnnualOverview overview;

    public void load() {
        if (unit == null) {
            unit = HomeUnit.of(currentUser, tree);
        }
        overview = null;
        if (unit == null) {
            Messages.error("annual.noUnit");
            return;
        }
        if (!PageActions.aboutSubject("annual.noUnit").attempt(() -> overview = summaries.overview(unit, year))) {
            unit = null;
        }
    }

    /** The units compared: those directly below, or the unit itself when it has none. */
    public List<UnitFigures> getCompared() {
        return overview.children().isEmpty() ? List.of(overview.total()) : overview.children();
    }

    /** The monthly grades given in each unit compared, a bar of ★☆○△ each. */
    public String getGradeChart() {
        List<UnitFigures> compared = getCompared();
        StackedBarChart chart = new StackedBarChart(compared.stream().map(UnitFigures::unitName).toList());
        series(chart, compared, StarGrade.PIONEER, UnitFigures::pioneer);
        series(chart, compared, StarGrade.QUALIFIED, UnitFigures::qualified);
        series(chart, compared, StarGrade.BASICALLY_QUALIFIED, UnitFigures::basicallyQualified);
        series(chart, compared, StarGrade.LAGGING, UnitFigures::lagging);
        return chart.toJson();
    }

    /** The year-end results of each unit compared, and its party members not evaluated. */
    public String getResultChart() {
        List<UnitFigures> compared = getCompared();
        StackedBarChart chart = new StackedBarChart(compared.stream().map(UnitFigures::unitName).toList());
        series(chart, compared, Messages.text("scale.EXCELLENT"), "#c0392b", UnitFigures::excellent);
        series(chart, compared, Messages.text("scale.QUALIFIED"), "#27ae60", UnitFigures::resultQualified);
        series(chart, compared, Messages.text("scale.UNQUALIFIED"), "#34495e", UnitFigures::unqualified);
        series(chart, compared, Messages.text("annual.gap.NOT_EVALUATED"), "#bdc3c7", UnitFigures::notEvaluated);
        return chart.toJson();
    }

    private void series(StackedBarChart chart, List<UnitFigures> compared, StarGrade grade,
            ToLongFunction<UnitFigures> count) {
        series(chart, compared, labels.grade(grade), GradesPage.colour(grade), count);
    }

    private static void series(StackedBarChart chart, List<UnitFigures> compared, String label, String colour,
            ToLongFunction<UnitFigures> count) {
        chart.series(label, "all", colour, compared.stream().map(unit -> count.applyAsLong(unit)).toList());
    }

    public StreamedContent getPdf() {
        return export(ReportFormat.PDF);
    }

    public StreamedContent getXlsx() {
        return export(ReportFormat.XLSX);
    }

    private StreamedContent export(ReportFormat format) {
        long exported = unit;
        int exportedYear = year;
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DefaultStreamedContent.builder()
                .name(AnnualSummaryReport.fileName(exported, exportedYear, format))
                .contentType(format.contentType())
                .writer(out -> report.write(summaries, exported, exportedYear, format, locale, out))
                .build();
    }

    public AnnualOverview getOverview() {
        return overview;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }
}
