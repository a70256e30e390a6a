package org.jiannuo.interfaces.web.appraisal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiannuo.application.appraisal.GradeCount;
import org.jiannuo.application.appraisal.GradeHistoryLine;
import org.jiannuo.application.appraisal.Grades;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.domain.model.appraisal.GradingGroup;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.jiannuo.interfaces.web.CurrentUser;
import org.jiannuo.interfaces.web.PageActions;

/**
 * 星级等次: a person's grades month by month, and how a unit's subtree was graded over the last
 * year in one group, as a stacked bar chart with the figures beneath.
 */
@Named
@ViewScoped
public class GradesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MONTHS = 12;

    @EJB
    private Grades grades;

    @EJB
    private OrganizationTree tree;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AppraisalLabels labels;

    private Long person;
    private Long unit;
    private GradingGroup group = GradingGroup.MEMBERS;
    private List<GradeHistoryLine> history;
    private String unitName;
    private List<GradeCount> distribution = List.of();

    /** Without parameters: the account's own grades, and for those who oversee their unit's. */
    public void load() {
        if (person == null && unit == null && currentUser.getAccount() != null) {
            person = currentUser.getAccount().personId();
            unit = currentUser.isOverseer() ? HomeUnit.of(currentUser, tree) : null;
        }
        if (person != null) {
            history = null;
            PageActions.aboutSubject("grades.personNotFound").attempt(() -> history = grades.history(person));
        }
        if (unit != null && !PageActions.aboutSubject("grades.unitNotFound").attempt(() -> {
            unitName = tree.node(unit).name();
            loadDistribution();
        })) {
            unit = null;
        }
    }

    /** The chosen group's grades of the last twelve months. */
    public void loadDistribution() {
        YearMonth until = YearMonth.now();
        distribution = grades.distribution(unit, group, until.minusMonths(MONTHS - 1), until);
    }

    /** Every month of the year, a bar of the grades given in it. */
    public String getChart() {
        Map<YearMonth, GradeCount> byPeriod = distribution.stream()
                .collect(Collectors.toMap(GradeCount::period, Function.identity()));
        List<YearMonth> periods = new ArrayList<>();
        for (YearMonth period = YearMonth.now().minusMonths(MONTHS - 1); !period.isAfter(YearMonth.now());
                period = period.plusMonths(1)) {
            periods.add(period);
        }
        StackedBarChart chart = new StackedBarChart(periods.stream().map(YearMonth::toString).toList());
        for (StarGrade grade : StarGrade.values()) {
            chart.series(labels.grade(grade), "grades", colour(grade), periods.stream()
                    .map(period -> byPeriod.containsKey(period) ? count(byPeriod.get(period), grade) : 0L).toList());
        }
        return chart.toJson();
    }

    public long count(GradeCount count, StarGrade grade) {
        return switch (grade) {
            case PIONEER -> count.pioneer();
            case QUALIFIED -> count.qualified();
            case BASICALLY_QUALIFIED -> count.basicallyQualified();
            case LAGGING -> count.lagging();
        };
    }

    /** The colour a grade has in every chart. */
    public static String colour(StarGrade grade) {
        return switch (grade) {
            case PIONEER -> "#c0392b";
            case QUALIFIED -> "#f0a30a";
            case BASICALLY_QUALIFIED -> "#7f8c8d";
            case LAGGING -> "#34495e";
        };
    }

    public GradingGroup[] getGroups() {
        return GradingGroup.values();
    }

    public List<GradeHistoryLine> getHistory() {
        return history;
    }

    public List<GradeCount> getDistribution() {
        return distribution;
    }

    public String getUnitName() {
        return unitName;
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public GradingGroup getGroup() {
        return group;
    }

    public void setGroup(GradingGroup group) {
        this.group = group;
    }
}
