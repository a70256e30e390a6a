package org.jiannuo.interfaces.web.appraisal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiannuo.application.appraisal.AppraisalRulesBook;
import org.jiannuo.application.appraisal.MeetingDashboard;
import org.jiannuo.application.appraisal.MeetingSummary;
import org.jiannuo.application.appraisal.MeetingTimelinessCount;
import org.jiannuo.application.appraisal.MeetingView;
import org.jiannuo.application.appraisal.Meetings;
import org.jiannuo.application.appraisal.UnitLateness;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.application.organization.UnitNode;
import org.jiannuo.domain.model.appraisal.AppraisalSettings;
import org.jiannuo.domain.model.appraisal.MeetingKind;
import org.jiannuo.domain.model.appraisal.MeetingTimeliness;
import org.jiannuo.interfaces.web.CurrentUser;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/**
 * 会议记实: how timely the meetings of the caller's subtree were over the last months, which units met
 * late or not at all, and one unit's meetings with the form to record one that was held.
 */
@Named
@ViewScoped
public class MeetingsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MONTHS = 6;

    @EJB
    private Meetings meetings;

    @EJB
    private MeetingDashboard dashboard;

    @EJB
    private AppraisalRulesBook rulesBook;

    @EJB
    private OrganizationTree tree;

    @Inject
    private CurrentUser currentUser;

    private Long unit;
    private String unitName;
    private boolean unitHasBranches;
    private List<MeetingSummary> meetingList = List.of();
    private AppraisalSettings settings;
    private boolean overseeing;
    private List<MeetingTimelinessCount> timeliness = List.of();
    private MeetingTimelinessCount lateChosen;
    private List<UnitLateness> late = List.of();

    private MeetingKind holdKind = MeetingKind.ORGANIZATION_LIFE;
    private YearMonth holdPeriod = YearMonth.now();
    private LocalDate holdDay = LocalDate.now();
    private String holdTopic;

    public void load() {
        settings = rulesBook.settings();
        overseeing = dashboard.oversees();
        if (overseeing) {
            timeliness = dashboard.timeliness(MONTHS);
            timeliness.stream()
                    .filter(count -> count.kind() == MeetingKind.ORGANIZATION_LIFE && count.late() + count.missing() > 0)
                    .max(Comparator.comparing(MeetingTimelinessCount::period))
                    .ifPresent(this::showLate);
        }
        if (unit == null) {
            unit = HomeUnit.of(currentUser, tree);
        }
        if (unit != null && !PageActions.aboutSubject("meeting.list.noUnit").attempt(() -> {
            UnitNode node = tree.node(unit);
            unitName = node.name();
            unitHasBranches = node.hasChildren();
            meetingList = meetings.meetingsOf(unit);
        })) {
            unit = null;
        }
    }

    /** The units whose meeting of this kind and period was late or is missing. */
    public void showLate(MeetingTimelinessCount count) {
        lateChosen = count;
        late = dashboard.lateOrMissing(count.kind(), count.period());
    }

    /** Records a held meeting and opens it. */
    public String hold() {
        MeetingView held = PageActions.call(() -> meetings.hold(unit, holdKind, holdPeriod, holdDay, holdTopic));
        return held == null ? null : "meeting?faces-redirect=true&id=" + held.id();
    }

    /** On time, late, missing and pending meetings per period, one stack per kind of meeting. */
    public String getChart() {
        List<YearMonth> periods = timeliness.stream().map(MeetingTimelinessCount::period).distinct().sorted()
                .toList();
        StackedBarChart chart = new StackedBarChart(periods.stream().map(YearMonth::toString).toList());
        for (MeetingKind kind : MeetingKind.values()) {
            Map<YearMonth, MeetingTimelinessCount> byPeriod = timeliness.stream()
                    .filter(count -> count.kind() == kind)
                    .collect(Collectors.toMap(MeetingTimelinessCount::period, Function.identity()));
            for (MeetingTimeliness state : MeetingTimeliness.values()) {
                chart.series(Messages.text("appraisal.kind." + kind.name()) + " · "
                        + Messages.text("appraisal.timeliness." + state.name()), kind.name(), colour(kind, state),
                        periods.stream().map(period -> byPeriod.containsKey(period)
                                ? count(byPeriod.get(period), state) : null).toList());
            }
        }
        return chart.toJson();
    }

    private static Long count(MeetingTimelinessCount count, MeetingTimeliness state) {
        return switch (state) {
            case ON_TIME -> count.onTime();
            case LATE -> count.late();
            case MISSING -> count.missing();
            case PENDING -> count.pending();
        };
    }

    /** The monthly meeting in full colours, the secretaries' meeting in lighter ones. */
    private static String colour(MeetingKind kind, MeetingTimeliness state) {
        boolean monthly = kind == MeetingKind.ORGANIZATION_LIFE;
        return switch (state) {
            case ON_TIME -> monthly ? "#2e7d32" : "#81c784";
            case LATE -> monthly ? "#f0a30a" : "#ffd54f";
            case MISSING -> monthly ? "#c0392b" : "#e57373";
            case PENDING -> monthly ? "#9e9e9e" : "#d6d6d6";
        };
    }

    public String getRulesHint() {
        return Messages.text("meeting.list.rules", settings.lifeMeetingDay(), settings.secretariesMeetingDay());
    }

    /** A unit with branches below holds the secretaries' meeting besides its own monthly one. */
    public List<MeetingKind> getKinds() {
        return unitHasBranches ? List.of(MeetingKind.values()) : List.of(MeetingKind.ORGANIZATION_LIFE);
    }

    public boolean isMayHold() {
        return unit != null && currentUser.isRosterKeeper();
    }

    public boolean isOverseeing() {
        return overseeing;
    }

    public List<MeetingTimelinessCount> getTimeliness() {
        return timeliness;
    }

    public MeetingTimelinessCount getLateChosen() {
        return lateChosen;
    }

    public List<UnitLateness> getLate() {
        return late;
    }

    public List<MeetingSummary> getMeetingList() {
        return meetingList;
    }

    public String getUnitName() {
        return unitName;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public MeetingKind getHoldKind() {
        return holdKind;
    }

    public void setHoldKind(MeetingKind holdKind) {
        this.holdKind = holdKind;
    }

    public YearMonth getHoldPeriod() {
        return holdPeriod;
    }

    public void setHoldPeriod(YearMonth holdPeriod) {
        this.holdPeriod = holdPeriod;
    }

    public LocalDate getHoldDay() {
        return holdDay;
    }

    public void setHoldDay(LocalDate holdDay) {
        this.holdDay = holdDay;
    }

    public String getHoldTopic() {
        return holdTopic;
    }

    public void setHoldTopic(String holdTopic) {
        this.holdTopic = holdTopic;
    }
}
