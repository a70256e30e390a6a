package org.jiannuo.interfaces.web.yearend;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.jiannuo.application.yearend.PersonalRectificationView;
import org.jiannuo.application.yearend.Rewards;
import org.jiannuo.interfaces.web.PageActions;

/** The member's own personal rectifications (reported done here) and model posts with their certificates; phone-first. */
@Named
@ViewScoped
public class MyRectificationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Rewards rewards;

    private Rewards.Mine mine;
    private final Map<Long, String> reports = new HashMap<>();

    public void load() {
        mine = PageActions.call(() -> rewards.mine());
        reports.clear();
    }

    public void report(PersonalRectificationView rectification) {
        if (PageActions.run(() -> rewards.report(rectification.id(), rectification.version(),
                reports.get(rectification.id())), "reward.reported")) {
            load();
        }
    }

    public Rewards.Mine getMine() {
        return mine;
    }

    public Map<Long, String> getReports() {
        return reports;
    }
}
