package org.jiannuo.application.appraisal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.ballot.BallotEngine;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.appraisal.AppraisalRepository;
import org.jiannuo.domain.model.appraisal.Attendance;
import org.jiannuo.domain.model.appraisal.BallotMode;
import org.jiannuo.domain.model.appraisal.BallotState;
import org.jiannuo.domain.model.appraisal.BallotTally;
import org.jiannuo.domain.model.appraisal.Choice;
import org.jiannuo.domain.model.appraisal.Meeting;
import org.jiannuo.domain.model.appraisal.Subject;
import org.jiannuo.domain.model.appraisal.Tally;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.ballot.Eligibility;
import org.jiannuo.domain.model.ballot.Occasion;
import org.jiannuo.domain.model.ballot.OccasionOwner;
import org.jiannuo.domain.model.ballot.Scale;
import org.jiannuo.domain.model.ballot.VotingMode;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * The meeting's secret ballot (无记名投票), an occasion of the {@link BallotEngine}: the subjects are the
 * meeting's, the scale 好/较好/一般/差/不了解, the voters those present. Casting stores the voter's
 * receipt and the sealed ballot in one transaction, and nothing else: no audit entry, no log line, no
 * timestamp, no count. The receipt's key refuses a second ballot from the same voter, also when both
 * arrive at once. The ballots are counted at close; results are given only after that, and only when
 * enough ballots were cast.
 */
@Stateless
@TenantScoped
public class Ballots {

    @Inject
    Authorization authorization;

    @Inject
    AppraisalAccess access;

    @Inject
    AppraisalRepository appraisal;

    @Inject
    BallotCount ballotCount;

    @Inject
    MeetingSubjects subjects;

    @Inject
    MeetingViews views;

    @Inject
    AuditTrail auditTrail;

    @Inject
    BallotEngine engine;

    @Inject
    CurrentAppraisalRules currentRules;

    /** Opens the ballot: the subjects are fixed now, and so are the voters (those present). */
    public MeetingView open(long meetingId, BallotMode mode) {
        AccessScope scope = authorization.currentScope();
        Meeting meeting = access.kept(meetingId, scope);
        List<Attendance> roster = appraisal.attendance(meeting);
        if (roster.stream().noneMatch(Attendance::isVoter)) {
            throw new RuleViolation("ballot.nobodyPresent");
        }
        List<Subject> ballotSubjects = subjects.of(meeting, roster);
        if (ballotSubjects.isEmpty()) {
            throw new RuleViolation("ballot.noSubjects");
        }
        meeting.openBallot(mode);
        Map<String, String> paper = new LinkedHashMap<>();
        for (int position = 0; position < ballotSubjects.size(); position++) {
            appraisal.store(new BallotTally(meeting, position + 1, ballotSubjects.get(position)));
            paper.put(ballotSubjects.get(position).key(), ballotSubjects.get(position).name());
        }
        appraisal.flush();
        engine.prepare(OccasionOwner.MEETING, meetingId, meeting.getUnit(), meeting.getKind() + " " + meeting.period(),
                Scale.APPRAISAL, Eligibility.ATTENDEES,
                mode == BallotMode.PAPER ? VotingMode.PAPER : VotingMode.ELECTRONIC,
                currentRules.get().getMinimumBallots(), scope.account().toString(), paper).open();
        auditTrail.record(AuditAction.UPDATE, Meetings.ENTITY, meetingId,
                AuditSummary.of(AuditEvent.SECRET_BALLOT_OPENED, meeting.getUnit().getName()),
                null, Map.of("mode", mode, "subjects", ballotSubjects.size()));
        return views.of(meeting, scope);
    }

    /** The caller's ballot paper, if they are present at the meeting. */
    public BallotPaper paper(long meetingId) {
        AccessScope scope = authorization.currentScope();
        Meeting meeting = access.voting(meetingId, scope);
        boolean hasVoted = meeting.getBallotState() != BallotState.NOT_OPENED
                && engine.hasVoted(views.occasion(meeting), scope.ownPersonId());
        boolean open = meeting.isOpenForVoting();
        List<BallotSubject> lines = appraisal.tallies(meeting).stream()
                .map(tally -> new BallotSubject(tally.getSubjectKey(), tally.getSubjectName(), tally.getGroup()))
                .toList();
        return new BallotPaper(meetingId, meeting.getUnit().getName(), meeting.getKind(), meeting.period(), open,
                hasVoted, lines);
    }

    /**
     * Casts the caller's ballot: one choice for every subject. Only a person present at the meeting
     * votes, once; the receipt goes in first, so that a concurrent second ballot waits on its key and
     * is refused before it stores anything. The ballot is sealed; nothing is counted before the close.
     */
    public void cast(long meetingId, Map<String, Choice> choices) {
        AccessScope scope = authorization.currentScope();
        Meeting meeting = access.voting(meetingId, scope);
        meeting.requireVoting();
        Map<String, String> options = new HashMap<>();
        if (choices != null) {
            choices.forEach((subject, choice) -> options.put(subject, choice == null ? null : choice.name()));
        }
        engine.cast(views.occasion(meeting), scope.ownPersonId(), choices == null ? null : options);
    }

    /** Enters the counts of a paper ballot: every subject's counts add up to the number of ballots. */
    public MeetingView enterPaperBallot(long meetingId, int ballots, Map<String, Tally> tallies) {
        AccessScope scope = authorization.currentScope();
        Meeting meeting = access.kept(meetingId, scope);
        int present = (int) appraisal.attendance(meeting).stream().filter(Attendance::isVoter).count();
        meeting.recordPaperBallots(ballots, present);
        Map<String, BallotTally> bySubject = appraisal.tallies(meeting).stream()
                .collect(Collectors.toMap(BallotTally::getSubjectKey, Function.identity()));
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        if (tallies == null || !bySubject.keySet().equals(tallies.keySet())) {
            throw new RuleViolation("ballot.incomplete", bySubject.size() - (tallies == null ? 0 : tallies.size()),
                    bySubject.size());
        }
        tallies.forEach((subject, tally) -> {
            if (tally.total() != ballots) {
                throw new RuleViolation("ballot.paperCountsDiffer", bySubject.get(subject).getSubjectName(),
                        tally.total(), ballots);
            }
            counts.put(subject, tally.byOption());
        });
        engine.enterPaper(views.occasion(meeting), ballots, counts);
        appraisal.flush();
        auditTrail.record(AuditAction.UPDATE, Meetings.ENTITY, meetingId,
                AuditSummary.of(AuditEvent.PAPER_BALLOTS_ENTERED, meeting.getUnit().getName()),
                null, Map.of("ballots", ballots));
        return views.of(meeting, scope);
    }

    public MeetingView close(long meetingId) {
        AccessScope scope = authorization.currentScope();
        Meeting meeting = access.kept(meetingId, scope);
        meeting.closeBallot();
        Occasion occasion = views.occasion(meeting);
        engine.close(occasion);
        appraisal.flush();
        auditTrail.record(AuditAction.UPDATE, Meetings.ENTITY, meetingId,
                AuditSummary.of(AuditEvent.SECRET_BALLOT_CLOSED, meeting.getUnit().getName()),
                null, Map.of("ballots", engine.ballotsCast(occasion) + meeting.getPaperBallots()));
        return views.of(meeting, scope);
    }

    /** The closed ballot's results, for those who keep the meeting, grade at it, or read the unit. */
    public BallotResults results(long meetingId) {
        AccessScope scope = authorization.currentScope();
        Meeting meeting = access.readable(meetingId, scope);
        if (!scope.canRead(meeting.getUnit())) {
            throw new AccessDeniedException(scope.account() + " may not read the results of meeting " + meetingId);
        }
        return ballotCount.of(meeting);
    }
}
