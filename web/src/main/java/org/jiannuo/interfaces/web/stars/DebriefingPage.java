package org.jiannuo.interfaces.web.stars;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.jiannuo.application.stars.DebriefingView;
import org.jiannuo.application.stars.Debriefings;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/** 半年述职, the village member's phone-first page: their debriefing on the current half, saved or submitted. */
@Named
@ViewScoped
public class DebriefingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Debriefings debriefings;

    private String half;
    private DebriefingView debriefing;
    private String achievements;
    private String shortcomings;

    public void load() {
        half = debriefings.currentHalf();
        refresh();
    }

    private void refresh() {
        debriefing = PageActions.call(() -> debriefings.own(half));
        if (debriefing != null) {
            achievements = debriefing.achievements();
            shortcomings = debriefing.shortcomings();
        }
    }

    public void save() {
        write(false, "debriefing.saved");
    }

    public void submit() {
        write(true, "debriefing.submittedMessage");
    }

    private void write(boolean submit, String successKey) {
        DebriefingView written = PageActions.onStale("debriefing.stale", this::refresh).obtain(() ->
                debriefings.write(half, debriefing.version(), achievements, shortcomings, submit));
        if (written != null) {
            debriefing = written;
            Messages.info(successKey);
        }
    }

    public String getHalf() {
        return half;
    }

    public DebriefingView getDebriefing() {
        return debriefing;
    }

    public String getAchievements() {
        return achievements;
    }

    public void setAchievements(String achievements) {
        this.achievements = achievements;
    }

    public String getShortcomings() {
        return shortcomings;
    }

    public void setShortcomings(String shortcomings) {
        this.shortcomings = shortcomings;
    }
}
