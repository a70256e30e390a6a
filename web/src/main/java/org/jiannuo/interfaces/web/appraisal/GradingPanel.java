package org.jiannuo.interfaces.web.appraisal;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Observes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiannuo.application.appraisal.GradeEntry;
import org.jiannuo.application.appraisal.GradeRow;
import org.jiannuo.application.appraisal.GradeSheet;
import org.jiannuo.application.appraisal.Grades;
import org.jiannuo.application.appraisal.MeetingView;
import org.jiannuo.domain.model.appraisal.BallotState;
import org.jiannuo.domain.model.appraisal.GradingGroup;
import org.jiannuo.domain.model.appraisal.PioneerCap;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.jiannuo.interfaces.web.Messages;

/**
 * The meeting page's star-pioneer grading: a sheet per group with the ballot's counts and suggestion
 * beside each grade, confirmed per group within the pioneer cap and published together.
 */
@Named
@ViewScoped
public class GradingPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Grades grades;

    @Inject
    private MeetingPage meetingPage;

    private List<GradeSection> sections = List.of();

    /** The sheets the caller may read, once the ballot is closed; an unchanged grade keeps its unsaved choice. */
    public void show(@Observes MeetingView meeting) {
        Map<String, GradeDraft> kept = sections.stream().flatMap(section -> section.getDrafts().stream())
                .collect(Collectors.toMap(draft -> draft.getRow().subjectKey(), Function.identity()));
        sections = meeting.summary().ballotState() == BallotState.CLOSED
                ? grades.sheets(meeting.id()).stream().map(sheet -> new GradeSection(sheet, kept)).toList()
                : List.of();
    }

    /** Saves the grades chosen in one group. */
    public void save(GradeSection section) {
        meetingPage.act(() -> {
            List<GradeEntry> entries = section.getDrafts().stream().filter(draft -> draft.getGrade() != null)
                    .map(GradeDraft::entry).toList();
            grades.grade(meetingPage.getId(), section.getSheet().group(), entries);
            meetingPage.refresh();
            Messages.info("grades.saved");
        });
    }

    public void confirm(GradeSection section) {
        meetingPage.act(() -> {
            grades.confirm(meetingPage.getId(), section.getSheet().group());
            meetingPage.refresh();
            Messages.info("grades.confirmed");
        });
    }

    public void reopen(GradeSection section) {
        meetingPage.act(() -> {
            grades.reopen(meetingPage.getId(), section.getSheet().group());
            meetingPage.refresh();
            Messages.info("grades.reopened");
        });
    }

    public void publish() {
        meetingPage.act(() -> {
            meetingPage.show(grades.publish(meetingPage.getId()));
            Messages.info("grades.published");
        });
    }

    /** The pioneer cap of the group, and the small groups that have no pioneer, as the domain states them. */
    public String capRule(GradeSheet sheet) {
        String rule = Messages.text("grades.capRule", sheet.pioneerPercent(), sheet.rows().size(), sheet.cap());
        int withoutPioneer = PioneerCap.largestGroupWithoutPioneer(sheet.pioneerPercent());
        return withoutPioneer == 0 ? rule : rule + Messages.text("grades.capRuleSmallGroups", withoutPioneer);
    }

    /** A grader takes back the confirmation of their group to correct it, until publication. */
    public boolean mayReopen(GradeSheet sheet) {
        return sheet.confirmed() && !sheet.published() && grades(sheet.group());
    }

    /** Whoever the meeting's kind names publishes the grades, once there are any to publish. */
    public boolean isMayPublish() {
        return !sections.isEmpty() && meetingPage.getView().permissions().publishes();
    }

    private boolean grades(GradingGroup group) {
        return meetingPage.getView().permissions().grades().contains(group);
    }

    public List<GradeSection> getSections() {
        return sections;
    }

    /** One group's sheet with the grades as being chosen. */
    public static class GradeSection implements Serializable {

        private static final long serialVersionUID = 1L;

        private final GradeSheet sheet;
        private final List<GradeDraft> drafts;

        GradeSection(GradeSheet sheet, Map<String, GradeDraft> kept) {
            this.sheet = sheet;
            this.drafts = sheet.rows().stream().map(row -> {
                GradeDraft draft = kept.get(row.subjectKey());
                return draft != null && draft.getRow().equals(row) ? draft : new GradeDraft(row);
            }).toList();
        }

        public GradeSheet getSheet() {
            return sheet;
        }

        public List<GradeDraft> getDrafts() {
            return drafts;
        }
    }

    /** A subject's grade as being chosen: the one given, or else the ballot's suggestion. */
    public static class GradeDraft implements Serializable {

        private static final long serialVersionUID = 1L;

        private final GradeRow row;
        private StarGrade grade;
        private String reason;

        GradeDraft(GradeRow row) {
            this.row = row;
            this.grade = row.grade() != null ? row.grade() : row.suggested();
            this.reason = row.reason();
        }

        GradeEntry entry() {
            return new GradeEntry(row.subjectKey(), grade, reason, row.version());
        }

        public GradeRow getRow() {
            return row;
        }

        public StarGrade getGrade() {
            return grade;
        }

        public void setGrade(StarGrade grade) {
            this.grade = grade;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
