package org.jiannuo.interfaces.web.stars;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.jiannuo.application.ballot.OccasionView;
import org.jiannuo.application.ballot.Occasions;
import org.jiannuo.application.stars.MyStarAppraisal;
import org.jiannuo.application.stars.StarAppraisals;
import org.jiannuo.domain.model.stars.StarAppraisalState;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;
import org.jiannuo.interfaces.web.yearend.YearEndVotePage.Paper;

/**
 * 年终创星, the village member's phone-first page of the year-end star appraisal: their self-assessment per aspect
 * within their cap while the members assess themselves, the secret peer ballot while it runs, and the published
 * result with their branch's list.
 */
@Named
@ViewScoped
public class MyStarYearPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StarAppraisals appraisals;

    @EJB
    private Occasions occasions;

    private final int year = LocalDate.now().getYear();
    private MyStarAppraisal appraisal;
    private final Map<StarAspect, Integer> own = new EnumMap<>(StarAspect.class);
    private Paper peer;

    public void load() {
        show(PageActions.call(() -> appraisals.mine(year)));
    }

    private void show(MyStarAppraisal shown) {
        appraisal = shown;
        own.clear();
        peer = null;
        if (shown != null) {
            own.putAll(shown.self());
            if (shown.enrolled() && shown.state() == StarAppraisalState.PEER) {
                OccasionView paper = PageActions.call(() -> occasions.view(shown.peerOccasionId()));
                peer = paper == null ? null : new Paper(paper);
            }
        }
    }

    public void assess() {
        MyStarAppraisal assessed = PageActions.call(() -> appraisals.assessSelf(year, new HashMap<>(own)));
        if (assessed != null) {
            Messages.info("starYear.assessed");
            show(assessed);
        }
    }

    /** Casts the peer ballot; the choices live only until they are cast. */
    public void cast(Paper paper) {
        Map<String, String> choices = new HashMap<>();
        paper.getLines().forEach(line -> choices.put(line.getSubject().key(), line.getChoice()));
        if (PageActions.run(() -> occasions.cast(paper.getOccasion().id(), choices), "yearEndVote.cast")) {
            load();
        }
    }

    public String drawn(int total, int cap) {
        return StarAppraisalPage.draw(total, cap);
    }

    public StarAspect[] getAspects() {
        return StarAspect.values();
    }

    public int getYear() {
        return year;
    }

    public MyStarAppraisal getAppraisal() {
        return appraisal;
    }

    public Map<StarAspect, Integer> getOwn() {
        return own;
    }

    public Paper getPeer() {
        return peer;
    }
}
