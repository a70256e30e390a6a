package org.jiannuo.interfaces.web.summary;

import static org.jiannuo.domain.model.commitment.CommitmentOwner.person;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jiannuo.application.commitment.CommitmentBook;
import org.jiannuo.application.commitment.CommitmentView;
import org.jiannuo.application.summary.BulletinView;
import org.jiannuo.application.summary.Bulletins;
import org.jiannuo.application.summary.SelfReportView;
import org.jiannuo.application.summary.SelfReports;
import org.jiannuo.domain.model.summary.Period;
import org.jiannuo.domain.model.summary.PeriodKind;
import org.jiannuo.interfaces.web.CurrentUser;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/**
 * 半年小结, the member's phone-first page: the half's self-report in three parts beside the year's commitments,
 * saved as often as wanted and submitted once; and the published bulletins of the member's branch.
 */
@Named
@ViewScoped
public class SelfReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SelfReports selfReports;

    @EJB
    private Bulletins bulletins;

    @EJB
    private CommitmentBook book;

    @Inject
    private CurrentUser currentUser;

    private String period;
    private List<String> periods;
    private SelfReportView report;
    private String done;
    private String undone;
    private String nextSteps;
    private List<CommitmentView> commitments = List.of();
    private List<BulletinView> published = List.of();

    public void load() {
        String current = selfReports.currentHalf();
        Period half = Period.parse(current);
        // The year-end evaluation's self-report covers the year; in the next year's first half, the last one too.
        periods = half.index() == 1
                ? List.of(current, half.previous().toString(), yearOf(half.year()), yearOf(half.year() - 1))
                : List.of(current, half.previous().toString(), yearOf(half.year()));
        if (period == null || !periods.contains(period)) {
            period = current;
        }
        published = bulletins.ownUnits();
        show();
    }

    private static String yearOf(int year) {
        return new Period(year, PeriodKind.YEAR, 1).toString();
    }

    /** Shows the chosen half's report and that year's commitments. */
    public void show() {
        report = PageActions.call(() -> selfReports.own(period));
        if (report != null) {
            done = report.done();
            undone = report.undone();
            nextSteps = report.nextSteps();
            long personId = currentUser.getAccount().personId();
            commitments = book.of(person(personId), Period.parse(period).year()).stream()
                    .filter(item -> item.status().isApproved()).toList();
        }
    }

    public void save() {
        write(false, "selfReport.saved");
    }

    public void submit() {
        write(true, "selfReport.submittedInfo");
    }

    private void write(boolean submitting, String successKey) {
        long version = report == null ? 0 : report.version();
        if (PageActions.onStale("selfReport.stale", this::show).attempt(() ->
                report = selfReports.write(period, version, done, undone, nextSteps, submitting))) {
            Messages.info(successKey);
        }
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public List<String> getPeriods() {
        return periods;
    }

    public SelfReportView getReport() {
        return report;
    }

    public String getDone() {
        return done;
    }

    public void setDone(String done) {
        this.done = done;
    }

    public String getUndone() {
        return undone;
    }

    public void setUndone(String undone) {
        this.undone = undone;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }

    public List<CommitmentView> getCommitments() {
        return commitments;
    }

    public List<BulletinView> getPublished() {
        return published;
    }
}
