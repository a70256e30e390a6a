package org.jiannuo.interfaces.web.yearend;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.ballot.OccasionView;
import org.jiannuo.application.ballot.Occasions;
import org.jiannuo.application.yearend.BranchEvaluations;
import org.jiannuo.application.yearend.CampaignView;
import org.jiannuo.application.yearend.Campaigns;
import org.jiannuo.interfaces.web.PageActions;
import org.jiannuo.interfaces.web.ballot.CodeBallotPage.VoteLine;

/**
 * 年终评诺 for a member, phone-first: the branch's mutual evaluation and secret ballot of the latest campaign,
 * each voted on once while open. The choices live only until they are cast.
 */
@Named
@ViewScoped
public class YearEndVotePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Campaigns campaigns;

    @EJB
    private BranchEvaluations branches;

    @EJB
    private Occasions occasions;

    private CampaignView campaign;
    private List<Paper> papers = List.of();

    public void load() {
        List<CampaignView> all = PageActions.call(() -> campaigns.list());
        campaign = all == null || all.isEmpty() ? null : all.get(0);
        papers = new ArrayList<>();
        if (campaign != null) {
            for (Long id : branches.ownBallots(campaign.id())) {
                OccasionView view = PageActions.call(() -> occasions.view(id));
                if (view != null) {
                    papers.add(new Paper(view));
                }
            }
        }
    }

    public void cast(Paper paper) {
        Map<String, String> choices = new HashMap<>();
        paper.getLines().forEach(line -> choices.put(line.getSubject().key(), line.getChoice()));
        if (PageActions.run(() -> occasions.cast(paper.getOccasion().id(), choices), "yearEndVote.cast")) {
            load();
        }
    }

    public CampaignView getCampaign() {
        return campaign;
    }

    public List<Paper> getPapers() {
        return papers;
    }

    /** One occasion's paper with the member's choices. */
    public static class Paper implements Serializable {

        private static final long serialVersionUID = 1L;

        private final OccasionView occasion;
        private final List<VoteLine> lines;

        public Paper(OccasionView occasion) {
            this.occasion = occasion;
            this.lines = occasion.subjects().stream().map(VoteLine::new).toList();
        }

        public OccasionView getOccasion() {
            return occasion;
        }

        public List<VoteLine> getLines() {
            return lines;
        }
    }
}
