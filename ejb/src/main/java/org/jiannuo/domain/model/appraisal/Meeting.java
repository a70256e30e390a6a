package org.jiannuo.domain.model.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * One held meeting of a unit for one period: a branch's monthly organization-life meeting, or a
 * superior's secretaries' meeting of an even month. It carries the ballot's state and, once the
 * grades of each group are confirmed, their publication. Its subjects are {@link BallotTally} rows;
 * the ballot itself (receipts, sealed ballots, counts) is an occasion of the ballot engine.
 */
@Entity
@Table(name = "meeting")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class Meeting {

    static final int LONGEST_TOPIC = 200;

    @Id
    @SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    private OrgUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MeetingKind kind;

    @Column(name = "period_month", nullable = false, updatable = false)
    private LocalDate periodMonth;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(name = "ballot_state", nullable = false)
    private BallotState ballotState;

    @Enumerated(EnumType.STRING)
    @Column(name = "ballot_mode")
    private BallotMode ballotMode;

    @Column(name = "paper_ballots", nullable = false)
    private int paperBallots;

    @Column(name = "members_confirmed_at")
    private LocalDateTime membersConfirmedAt;

    @Column(name = "staff_confirmed_at")
    private LocalDateTime staffConfirmedAt;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Version
    private long version;

    protected Meeting() {
    }

    /** Records a meeting that took place: not in the future, not before its period began. */
    public static Meeting held(OrgUnit unit, MeetingKind kind, YearMonth period, LocalDate heldOn, String topic,
            String by, LocalDateTime now) {
        kind.requirePeriod(period);
        Meeting meeting = new Meeting();
        meeting.unit = unit;
        meeting.kind = kind;
        meeting.periodMonth = period.atDay(1);
        meeting.ballotState = BallotState.NOT_OPENED;
        meeting.recordedBy = by;
        meeting.recordedAt = now;
        meeting.reschedule(heldOn, topic, now.toLocalDate());
        return meeting;
    }

    /** Corrects the day or the topic; the day is fixed once the ballot has opened. */
    public void reschedule(LocalDate day, String newTopic, LocalDate today) {
        requireNotPublished();
        if (day == null || day.isAfter(today)) {
            throw new RuleViolation("meeting.heldInFuture", day);
        }
        if (day.isBefore(kind.earliestDay(period()))) {
            throw new RuleViolation("meeting.heldBeforePeriod", day, kind.earliestDay(period()));
        }
        if (ballotState != BallotState.NOT_OPENED && !day.equals(heldOn)) {
            throw new RuleViolation("meeting.dayFixedByBallot");
        }
        String stripped = newTopic == null || newTopic.isBlank() ? null : newTopic.strip();
        if (stripped != null && stripped.length() > LONGEST_TOPIC) {
            throw new RuleViolation("meeting.topicTooLong", LONGEST_TOPIC);
        }
        heldOn = day;
        topic = stripped;
    }

    public LocalDate dueDate(AppraisalRules rules) {
        return kind.dueDate(period(), rules);
    }

    public MeetingTimeliness timeliness(AppraisalRules rules) {
        return MeetingTimeliness.of(heldOn, dueDate(rules), heldOn);
    }

    public void openBallot(BallotMode mode) {
        requireNotPublished();
        if (ballotState != BallotState.NOT_OPENED) {
            throw new RuleViolation("ballot.alreadyOpened");
        }
        if (mode == null) {
            throw new RuleViolation("ballot.modeRequired");
        }
        ballotState = BallotState.OPEN;
        ballotMode = mode;
    }

    /** Voting on a phone or PC: only while an electronic ballot is open. */
    public boolean isOpenForVoting() {
        return ballotState == BallotState.OPEN && ballotMode == BallotMode.ELECTRONIC;
    }

    public void requireVoting() {
        if (!isOpenForVoting()) {
            throw new RuleViolation("ballot.notOpenForVoting");
        }
    }

    /** A paper ballot is open: the staff enter its counts after the meeting. */
    public boolean isTakingPaperCounts() {
        return ballotState == BallotState.OPEN && ballotMode == BallotMode.PAPER;
    }

    /** The staff enter a paper ballot's counts while it is open; entering them again replaces them. */
    public void recordPaperBallots(int ballots, int present) {
        if (!isTakingPaperCounts()) {
            throw new RuleViolation("ballot.notPaper");
        }
        if (ballots < 1 || ballots > present) {
            throw new RuleViolation("ballot.paperCountRange", ballots, present);
        }
        paperBallots = ballots;
    }

    public void closeBallot() {
        if (ballotState != BallotState.OPEN) {
            throw new RuleViolation("ballot.notOpen");
        }
        if (ballotMode == BallotMode.PAPER && paperBallots == 0) {
            throw new RuleViolation("ballot.paperNotEntered");
        }
        ballotState = BallotState.CLOSED;
    }

    /** Results and grading wait for the ballot to close. */
    public void requireClosedBallot() {
        if (ballotState != BallotState.CLOSED) {
            throw new RuleViolation("ballot.notClosed");
        }
    }

    public boolean isConfirmed(GradingGroup group) {
        return confirmedAt(group) != null;
    }

    public void confirm(GradingGroup group, LocalDateTime now) {
        requireClosedBallot();
        requireNotPublished();
        if (isConfirmed(group)) {
            throw new RuleViolation("grading.alreadyConfirmed");
        }
        if (group == GradingGroup.STAFF) {
            staffConfirmedAt = now;
        } else {
            membersConfirmedAt = now;
        }
    }

    /** Takes back a confirmation before publication, to correct a grade. */
    public void reopen(GradingGroup group) {
        requireNotPublished();
        if (group == GradingGroup.STAFF) {
            staffConfirmedAt = null;
        } else {
            membersConfirmedAt = null;
        }
    }

    /** Posts the grades on the unit's board once every group that has subjects is confirmed. */
    public void publish(Collection<GradingGroup> groupsWithSubjects, LocalDateTime now) {
        requireNotPublished();
        for (GradingGroup group : groupsWithSubjects) {
            if (!isConfirmed(group)) {
                throw new RuleViolation("grading.notConfirmed", group);
            }
        }
        if (groupsWithSubjects.isEmpty()) {
            throw new RuleViolation("grading.nothingToPublish");
        }
        publishedAt = now;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public void requireNotPublished() {
        if (isPublished()) {
            throw new RuleViolation("meeting.published");
        }
    }

    private LocalDateTime confirmedAt(GradingGroup group) {
        return group == GradingGroup.STAFF ? staffConfirmedAt : membersConfirmedAt;
    }

    public YearMonth period() {
        return YearMonth.from(periodMonth);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind);
        state.put("period", period().toString());
        state.put("heldOn", heldOn.toString());
        state.put("topic", topic);
        state.put("ballotState", ballotState);
        state.put("ballotMode", ballotMode);
        state.put("paperBallots", paperBallots);
        state.put("published", isPublished());
        return state;
    }

    public Long getId() {
        return id;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getTopic() {
        return topic;
    }

    public BallotState getBallotState() {
        return ballotState;
    }

    public BallotMode getBallotMode() {
        return ballotMode;
    }

    public int getPaperBallots() {
        return paperBallots;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}
