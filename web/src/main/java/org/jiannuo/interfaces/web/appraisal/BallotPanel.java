package org.jiannuo.interfaces.web.appraisal;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Observes;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.appraisal.BallotResults;
import org.jiannuo.application.appraisal.Ballots;
import org.jiannuo.application.appraisal.MeetingView;
import org.jiannuo.application.appraisal.RemarkLine;
import org.jiannuo.domain.model.appraisal.BallotMode;
import org.jiannuo.domain.model.appraisal.BallotState;
import org.jiannuo.domain.model.appraisal.RemarkKind;
import org.jiannuo.domain.model.appraisal.Tally;
import org.jiannuo.interfaces.web.Messages;

/**
 * The meeting page's secret ballot: the staff open it on phones or on paper, enter the paper counts and
 * close it; the results follow, unless too few ballots were cast.
 */
@Named
@ViewScoped
public class BallotPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Ballots ballots;

    @Inject
    private MeetingPage meetingPage;

    private BallotResults results;
    private int paperBallots;
    private List<PaperRow> paperRows = List.of();

    /** Results once the ballot is closed; the paper form while a paper ballot is open, keeping its entries. */
    public void show(@Observes MeetingView meeting) {
        results = meeting.summary().ballotState() == BallotState.CLOSED && meeting.permissions().readsResults()
                ? ballots.results(meeting.id()) : null;
        if (!meeting.permissions().entersPaperCounts()) {
            paperRows = List.of();
        } else if (paperRows.isEmpty()) {
            paperBallots = meeting.paperBallots();
            // The ballot rates the subjects remarked on, but for the secretaries at the secretaries' meeting.
            paperRows = meeting.remarks().stream().filter(line -> line.kind() != RemarkKind.ON_SECRETARY)
                    .map(PaperRow::new).toList();
        }
    }

    public void openElectronic() {
        open(BallotMode.ELECTRONIC);
    }

    public void openPaper() {
        open(BallotMode.PAPER);
    }

    private void open(BallotMode mode) {
        meetingPage.act(() -> {
            meetingPage.show(ballots.open(meetingPage.getId(), mode));
            Messages.info("meeting.ballot.opened." + mode.name());
        });
    }

    public void enterPaper() {
        meetingPage.act(() -> {
            Map<String, Tally> tallies = new LinkedHashMap<>();
            paperRows.forEach(row -> tallies.put(row.getSubjectKey(), row.tally()));
            meetingPage.show(ballots.enterPaperBallot(meetingPage.getId(), paperBallots, tallies));
            Messages.info("meeting.ballot.paperEntered", paperBallots);
        });
    }

    public void close() {
        meetingPage.act(() -> {
            meetingPage.show(ballots.close(meetingPage.getId()));
            Messages.info("meeting.ballot.closed");
        });
    }

    /** The address attendees open on their phones to vote. */
    public String getVoteUrl() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String scheme = external.getRequestScheme();
        int port = external.getRequestServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + external.getRequestServerName() + (defaultPort ? "" : ":" + port)
                + external.getRequestContextPath() + "/vote.xhtml?meeting=" + meetingPage.getId();
    }

    public BallotResults getResults() {
        return results;
    }

    public int getPaperBallots() {
        return paperBallots;
    }

    public void setPaperBallots(int paperBallots) {
        this.paperBallots = paperBallots;
    }

    public List<PaperRow> getPaperRows() {
        return paperRows;
    }

    /** A subject's counts from the paper ballot, as being entered. */
    public static class PaperRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String subjectKey;
        private final String name;
        private int good;
        private int fairlyGood;
        private int average;
        private int poor;
        private int unknown;

        PaperRow(RemarkLine subject) {
            this.subjectKey = subject.subjectKey();
            this.name = subject.subjectName();
        }

        Tally tally() {
            return new Tally(good, fairlyGood, average, poor, unknown);
        }

        public String getSubjectKey() {
            return subjectKey;
        }

        public String getName() {
            return name;
        }

        public int getGood() {
            return good;
        }

        public void setGood(int good) {
            this.good = good;
        }

        public int getFairlyGood() {
            return fairlyGood;
        }

        public void setFairlyGood(int fairlyGood) {
            this.fairlyGood = fairlyGood;
        }

        public int getAverage() {
            return average;
        }

        public void setAverage(int average) {
            this.average = average;
        }

        public int getPoor() {
            return poor;
        }

        public void setPoor(int poor) {
            this.poor = poor;
        }

        public int getUnknown() {
            return unknown;
        }

        public void setUnknown(int unknown) {
            this.unknown = unknown;
        }
    }
}
