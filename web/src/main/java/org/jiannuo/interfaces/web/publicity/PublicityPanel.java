package org.jiannuo.interfaces.web.publicity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.jiannuo.application.opinion.OpinionRulesBook;
import org.jiannuo.application.publicity.PublicitySettings;
import org.jiannuo.application.publicity.PublicitySettings.Settings;
import org.jiannuo.domain.model.opinion.OpinionSettings;
import org.jiannuo.interfaces.web.PageActions;

/**
 * On the rules screen, for the department: the publicity period (working days, holidays and adjusted working
 * days), the objections and opinions the public board takes in an hour, and the days a unit has to answer an
 * opinion. Each part is saved whole or not at all.
 */
@Named
@ViewScoped
public class PublicityPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PublicitySettings publicity;

    @EJB
    private OpinionRulesBook opinionRules;

    private int workingDays;
    private String calendarDays;
    private int objectionsPerAddressPerHour;
    private int objectionsPerGradePerHour;
    private int handlingDays;
    private int longestText;
    private int opinionsPerAddressPerHour;
    private int opinionsPerTargetPerHour;

    @PostConstruct
    void load() {
        show(publicity.get());
        show(opinionRules.settings());
    }

    public void savePublicity() {
        Settings changed = new Settings(workingDays, calendarDays, objectionsPerAddressPerHour, objectionsPerGradePerHour);
        PageActions.run(() -> show(publicity.change(changed)), "rules.publicity.saved");
    }

    public void saveOpinions() {
        OpinionSettings changed = new OpinionSettings(handlingDays, longestText, opinionsPerAddressPerHour,
                opinionsPerTargetPerHour);
        PageActions.run(() -> show(opinionRules.change(changed)), "rules.opinions.saved");
    }

    private void show(Settings settings) {
        workingDays = settings.workingDays();
        calendarDays = settings.calendarDays();
        objectionsPerAddressPerHour = settings.objectionsPerAddressPerHour();
        objectionsPerGradePerHour = settings.objectionsPerGradePerHour();
    }

    private void show(OpinionSettings settings) {
        handlingDays = settings.handlingDays();
        longestText = settings.longestText();
        opinionsPerAddressPerHour = settings.perAddressPerHour();
        opinionsPerTargetPerHour = settings.perTargetPerHour();
    }

    public int getWorkingDays() {
        return workingDays;
    }

    public void setWorkingDays(int workingDays) {
        this.workingDays = workingDays;
    }

    public String getCalendarDays() {
        return calendarDays;
    }

    public void setCalendarDays(String calendarDays) {
        this.calendarDays = calendarDays;
    }

    public int getObjectionsPerAddressPerHour() {
        return objectionsPerAddressPerHour;
    }

    public void setObjectionsPerAddressPerHour(int objectionsPerAddressPerHour) {
        this.objectionsPerAddressPerHour = objectionsPerAddressPerHour;
    }

    public int getObjectionsPerGradePerHour() {
        return objectionsPerGradePerHour;
    }

    public void setObjectionsPerGradePerHour(int objectionsPerGradePerHour) {
        this.objectionsPerGradePerHour = objectionsPerGradePerHour;
    }

    public int getHandlingDays() {
        return handlingDays;
    }

    public void setHandlingDays(int handlingDays) {
        this.handlingDays = handlingDays;
    }

    public int getLongestText() {
        return longestText;
    }

    public void setLongestText(int longestText) {
        this.longestText = longestText;
    }

    public int getOpinionsPerAddressPerHour() {
        return opinionsPerAddressPerHour;
    }

    public void setOpinionsPerAddressPerHour(int opinionsPerAddressPerHour) {
        this.opinionsPerAddressPerHour = opinionsPerAddressPerHour;
    }

    public int getOpinionsPerTargetPerHour() {
        return opinionsPerTargetPerHour;
    }

    public void setOpinionsPerTargetPerHour(int opinionsPerTargetPerHour) {
        this.opinionsPerTargetPerHour = opinionsPerTargetPerHour;
    }
}
