package org.jiannuo.interfaces.web.appraisal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.appraisal.BallotPaper;
import org.jiannuo.application.appraisal.BallotSubject;
import org.jiannuo.application.appraisal.Ballots;
import org.jiannuo.domain.model.appraisal.Choice;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/**
 * 无记名投票 on the voter's phone: one choice for every subject, cast once. The choices live only
 * until they are cast; they are never logged.
 */
@Named
@ViewScoped
public class VotePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Ballots ballots;

    private long meeting;
    private BallotPaper paper;
    private List<VoteLine> lines = List.of();
    private boolean voted;
    private boolean thanked;

    public void load() {
        paper = null;
        voter().attempt(() -> {
            paper = ballots.paper(meeting);
            voted = paper.hasVoted();
            if (paper.open() && !voted) {
                lines = paper.subjects().stream().map(VoteLine::new).toList();
            } else if (!voted) {
                Messages.error("vote.notOpen");
            }
        });
    }

    /** Casts the ballot; refused because one is in already (from another tab), the page says it is in. */
    public void cast() {
        Map<String, Choice> choices = new HashMap<>();
        lines.forEach(line -> choices.put(line.getSubject().key(), line.getChoice()));
        try {
            if (voter().attempt(() -> ballots.cast(meeting, choices))) {
                thanked = true;
                finish();
            } else if (ballotIsIn()) {
                finish();
            }
        } finally {
            choices.clear();
        }
    }

    private boolean ballotIsIn() {
        BallotPaper now = voter().obtain(() -> ballots.paper(meeting));
        return now != null && now.hasVoted();
    }

    /** Whoever is not present at the meeting, or finds no such meeting, is told only that they do not vote. */
    private static PageActions voter() {
        return PageActions.aboutSubject("vote.notAVoter");
    }

    /** The ballot is in: nothing of it stays behind. */
    private void finish() {
        voted = true;
        lines = List.of();
    }

    public BallotPaper getPaper() {
        return paper;
    }

    public List<VoteLine> getLines() {
        return lines;
    }

    public boolean isVoting() {
        return !lines.isEmpty();
    }

    public boolean isVoted() {
        return voted;
    }

    public boolean isThanked() {
        return thanked;
    }

    public long getMeeting() {
        return meeting;
    }

    public void setMeeting(long meeting) {
        this.meeting = meeting;
    }

    /** One subject of the ballot paper with the voter's choice. */
    public static class VoteLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private final BallotSubject subject;
        private Choice choice;

        VoteLine(BallotSubject subject) {
            this.subject = subject;
        }

        public BallotSubject getSubject() {
            return subject;
        }

        public Choice getChoice() {
            return choice;
        }

        public void setChoice(Choice choice) {
            this.choice = choice;
        }
    }
}
