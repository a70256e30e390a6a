package org.jiannuo.interfaces.web.stars;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.stars.FollowUpLine;
import org.jiannuo.application.stars.FollowUpView;
import org.jiannuo.application.stars.HelpView;
import org.jiannuo.application.stars.StarFollowUps;
import org.jiannuo.application.stars.StarTargets;
import org.jiannuo.application.stars.VillageOption;
import org.jiannuo.domain.model.stars.FollowUpThresholds;
import org.jiannuo.interfaces.web.CurrentUser;
import org.jiannuo.interfaces.web.PageActions;
import org.jiannuo.reports.ReportFormat;

/**
 * 创星结果运用, the follow-up of a year's published stars ({@code ?unit=&year=}; a village, or the caller's township
 * with all its villages; without a year, this year's, or last year's while none of this year's are published): the
 * commended members with their 七一 certificates and reserve cadre marks, the lagging members with their helpers and
 * the help recorded, the year-end star list as PDF or XLSX, and for the department the thresholds.
 */
@Named
@ViewScoped
public class StarFollowUpPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StarFollowUps followUps;

    @EJB
    private StarTargets targets;

    @Inject
    private CurrentUser currentUser;

    private Long unit;
    private Integer year;
    private VillagePicker picker;
    private FollowUpView view;
    private FollowUpThresholds thresholds;
    private final Map<Long, String> notes = new HashMap<>();
    private final Map<Long, Long> helpers = new HashMap<>();
    private FollowUpLine helped;
    private List<HelpView> help = List.of();
    private LocalDate helpedOn;
    private String helpNote;
    private int commendUpper;
    private int commendLower;
    private int laggingUpper;
    private int laggingLower;

    public void load() {
        picker = new VillagePicker(targets);
        Long own = currentUser.getAccount().scopeUnitId();
        unit = unit != null ? unit : own != null ? own : picker.choose(null, null);
        boolean asked = year != null;
        year = asked ? year : targets.currentYear();
        showThresholds(followUps.thresholds());
        if (unit != null) {
            refresh();
            // Until this year's stars are published, the results to follow up are last year's.
            if (!asked && view != null && view.lines().isEmpty()) {
                FollowUpView thisYear = view;
                year = year - 1;
                refresh();
                if (view == null || view.lines().isEmpty()) {
                    year = year + 1;
                    view = thisYear;
                }
            }
        }
    }

    private void refresh() {
        view = PageActions.call(() -> followUps.of(unit, year));
        notes.clear();
        helpers.clear();
        if (view != null) {
            view.lines().forEach(line -> {
                notes.put(line.personId(), line.reserveNote());
                helpers.put(line.personId(), line.helperId());
            });
        }
        if (helped != null && view != null) {
            long shown = helped.personId();
            view.lagging().stream().filter(line -> line.personId() == shown).findFirst().ifPresent(this::showHelp);
        }
    }

    private void showThresholds(FollowUpThresholds shown) {
        thresholds = shown;
        commendUpper = shown.commendUpper();
        commendLower = shown.commendLower();
        laggingUpper = shown.laggingUpper();
        laggingLower = shown.laggingLower();
    }

    public void markReserve(FollowUpLine line) {
        if (PageActions.run(() -> followUps.markReserve(line.personId(), year, notes.get(line.personId())),
                "starFollowUp.reserveMarked", line.name())) {
            refresh();
        }
    }

    public void withdrawReserve(FollowUpLine line) {
        if (PageActions.run(() -> followUps.withdrawReserve(line.personId(), year), "starFollowUp.reserveWithdrawn",
                line.name())) {
            refresh();
        }
    }

    public void pair(FollowUpLine line) {
        Long helper = helpers.get(line.personId());
        if (helper != null && PageActions.run(() -> followUps.pair(line.personId(), year, helper),
                "starFollowUp.paired", line.name())) {
            refresh();
        }
    }

    public void showHelp(FollowUpLine line) {
        helped = line;
        List<HelpView> read = line.laggingId() == null ? null : PageActions.call(() -> followUps.help(line.laggingId()));
        help = read == null ? List.of() : read;
        helpedOn = LocalDate.now();
        helpNote = null;
    }

    public void recordHelp() {
        FollowUpLine line = helped;
        if (PageActions.run(() -> followUps.recordHelp(line.laggingId(), helpedOn, helpNote),
                "starFollowUp.helpRecorded", line.name())) {
            refresh();
        }
    }

    public void saveThresholds() {
        FollowUpThresholds saved = PageActions.call(() -> followUps.changeThresholds(
                new FollowUpThresholds(commendUpper, commendLower, laggingUpper, laggingLower)));
        if (saved != null) {
            showThresholds(saved);
            refresh();
        }
    }

    public String listUrl(String format) {
        return "api/v1/stars/lists?unit=" + unit + "&year=" + year + "&format=" + ReportFormat.valueOf(format);
    }

    public String certificatesUrl() {
        return "api/v1/stars/follow-up/certificates?unit=" + unit + "&year=" + year;
    }

    public boolean isDepartment() {
        return currentUser.hasRole("DEPARTMENT_ADMIN");
    }

    public List<VillageOption> getVillages() {
        return picker.villages();
    }

    public boolean isPicking() {
        return picker.isShown();
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public FollowUpView getView() {
        return view;
    }

    public FollowUpThresholds getThresholds() {
        return thresholds;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public Map<Long, Long> getHelpers() {
        return helpers;
    }

    public FollowUpLine getHelped() {
        return helped;
    }

    public List<HelpView> getHelp() {
        return help;
    }

    public LocalDate getHelpedOn() {
        return helpedOn;
    }

    public void setHelpedOn(LocalDate helpedOn) {
        this.helpedOn = helpedOn;
    }

    public String getHelpNote() {
        return helpNote;
    }

    public void setHelpNote(String helpNote) {
        this.helpNote = helpNote;
    }

    public int getCommendUpper() {
        return commendUpper;
    }

    public void setCommendUpper(int commendUpper) {
        this.commendUpper = commendUpper;
    }

    public int getCommendLower() {
        return commendLower;
    }

    public void setCommendLower(int commendLower) {
        this.commendLower = commendLower;
    }

    public int getLaggingUpper() {
        return laggingUpper;
    }

    public void setLaggingUpper(int laggingUpper) {
        this.laggingUpper = laggingUpper;
    }

    public int getLaggingLower() {
        return laggingLower;
    }

    public void setLaggingLower(int laggingLower) {
        this.laggingLower = laggingLower;
    }
}
