package org.jiannuo.interfaces.web.stars;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.stars.MeetingRecord;
import org.jiannuo.application.stars.ProgressLine;
import org.jiannuo.application.stars.StarBulletinView;
import org.jiannuo.application.stars.StarBulletins;
import org.jiannuo.application.stars.StarTargets;
import org.jiannuo.application.stars.VillageOption;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.interfaces.report.StarBulletinReport;
import org.jiannuo.interfaces.web.CurrentUser;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;
import org.jiannuo.reports.ReportFormat;

/**
 * 季度星级通报, a village's quarterly star bulletin meeting ({@code ?unit=}): its branch secretary has the quarter's
 * bulletin drafted, records the meeting and publishes it; readers read the year's bulletins as PDF or XLSX, and a
 * township the collection of its villages' published bulletins.
 */
@Named
@ViewScoped
public class StarBulletinPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StarBulletins bulletins;

    @EJB
    private StarTargets targets;

    @Inject
    private CurrentUser currentUser;

    private Long unit;
    private VillagePicker picker;
    private String quarter;
    private boolean secretary;
    private List<StarBulletinView> year = List.of();
    private StarBulletinView bulletin;
    private LocalDate heldOn;
    private int attendees;
    private String problems;
    private String suggestions;
    private final Map<Long, String> remarks = new HashMap<>();

    public void load() {
        picker = new VillagePicker(targets);
        unit = picker.choose(unit, currentUser.getAccount().scopeUnitId());
        quarter = bulletins.currentQuarter();
        if (unit != null) {
            refresh();
        }
    }

    private void refresh() {
        List<StarBulletinView> read = PageActions.call(() -> bulletins.ofUnit(unit, targets.currentYear()));
        year = read == null ? List.of() : read;
        secretary = read != null && bulletins.holdsMeetingsOf(unit);
        show(year.stream().filter(b -> b.quarter().equals(quarter)).findFirst().orElse(null));
    }

    private void show(StarBulletinView shown) {
        bulletin = shown;
        remarks.clear();
        if (shown != null) {
            heldOn = shown.heldOn();
            attendees = shown.attendees();
            problems = shown.problems();
            suggestions = shown.suggestions();
            shown.lines().forEach(line -> remarks.put(line.personId(), line.remark()));
        }
    }

    public void draft() {
        if (PageActions.run(() -> bulletins.draft(unit, quarter), "starBulletin.drafted")) {
            refresh();
        }
    }

    public void save() {
        StarBulletinView saved = PageActions.onStale("starBulletin.stale", this::refresh).obtain(() ->
                bulletins.record(bulletin.id(), bulletin.version(),
                        new MeetingRecord(heldOn, attendees, problems, suggestions, remarks)));
        if (saved != null) {
            Messages.info("starBulletin.saved");
            refresh();
        }
    }

    public void publish() {
        if (PageActions.onStale("starBulletin.stale", this::refresh).attempt(() ->
                bulletins.publish(bulletin.id(), bulletin.version()))) {
            Messages.info("starBulletin.publishedMessage");
            refresh();
        }
    }

    /** The aspect's cell on the screen: the target as ★ and the log book's pages. */
    public String cell(ProgressLine line, StarAspect aspect) {
        return StarBulletinReport.cell(line, aspect, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String reportUrl(StarBulletinView shown, String format) {
        return "api/v1/stars/bulletins/" + shown.id() + "/report?format=" + ReportFormat.valueOf(format);
    }

    /** The caller's own unit's collection of the quarter: a township's villages' published bulletins. */
    public String collectionUrl(String format) {
        Long own = currentUser.getAccount().scopeUnitId();
        return "api/v1/stars/bulletins/collection?unit=" + (own == null ? unit : own) + "&quarter=" + quarter
                + "&format=" + ReportFormat.valueOf(format);
    }

    public StarAspect[] getAspects() {
        return StarAspect.values();
    }

    public List<VillageOption> getVillages() {
        return picker.villages();
    }

    public boolean isPicking() {
        return picker.isShown();
    }

    public boolean isSecretary() {
        return secretary;
    }

    public boolean isEditable() {
        return bulletin != null && bulletin.editable();
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public String getQuarter() {
        return quarter;
    }

    public List<StarBulletinView> getYear() {
        return year;
    }

    public StarBulletinView getBulletin() {
        return bulletin;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public int getAttendees() {
        return attendees;
    }

    public void setAttendees(int attendees) {
        this.attendees = attendees;
    }

    public String getProblems() {
        return problems;
    }

    public void setProblems(String problems) {
        this.problems = problems;
    }

    public String getSuggestions() {
        return suggestions;
    }

    public void setSuggestions(String suggestions) {
        this.suggestions = suggestions;
    }

    public Map<Long, String> getRemarks() {
        return remarks;
    }
}
