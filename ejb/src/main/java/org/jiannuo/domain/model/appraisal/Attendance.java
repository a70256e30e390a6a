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
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * One person's part in a meeting: present, narrating from afar, absent or exempted, and their
 * narration (讲述) against the five take-the-lead standards: duties, commitments kept, gains, gaps and
 * direction. Those present are the ballot's voters.
 */
@Entity
@Table(name = "meeting_attendance")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class Attendance {

    static final int SHORTEST_NARRATION = 8;
    static final int LONGEST_NARRATION = 2000;

    @Id
    @SequenceGenerator(name = "meeting_attendance_seq", sequenceName = "meeting_attendance_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_attendance_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Presence presence;

    @Enumerated(EnumType.STRING)
    @Column(name = "narration_mode")
    private NarrationMode narrationMode;

    private String narration;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Version
    private long version;

    protected Attendance() {
    }

    public Attendance(Meeting meeting, Person person, String by, LocalDateTime now) {
        this.meeting = meeting;
        this.person = person;
        this.presence = Presence.ABSENT;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    /**
     * Marks how the person took part. Once the ballot has opened the voters are fixed: nobody becomes
     * or stops being present. Only floating members take part from afar; exemption needs the
     * superior's approval, which the caller has checked.
     */
    public void mark(Presence newPresence, boolean exempted, String by, LocalDateTime now) {
        meeting.requireNotPublished();
        if (newPresence == null) {
            throw new RuleViolation("attendance.presenceRequired");
        }
        boolean votersChange = (presence == Presence.PRESENT) != (newPresence == Presence.PRESENT);
        if (votersChange && meeting.getBallotState() != BallotState.NOT_OPENED) {
            throw new RuleViolation("attendance.fixedByBallot", person.getName());
        }
        if (newPresence == Presence.REMOTE && !person.isFloating()) {
            throw new RuleViolation("attendance.remoteOnlyFloating", person.getName());
        }
        if ((newPresence == Presence.EXEMPT) != exempted) {
            throw new RuleViolation(exempted ? "attendance.exempted" : "attendance.notExempted", person.getName());
        }
        if (newPresence == Presence.ABSENT || newPresence == Presence.EXEMPT) {
            narrationMode = null;
            narration = null;
        } else if (narrationMode != null && narrationMode.isRemote() != (newPresence == Presence.REMOTE)) {
            narrationMode = null;
        }
        presence = newPresence;
        recordedBy = by;
        recordedAt = now;
    }

    /** Records the narration: in person when present, in writing, by phone, video or e-mail when remote. */
    public void narrate(NarrationMode mode, String text, String by, LocalDateTime now) {
        meeting.requireNotPublished();
        if (presence != Presence.PRESENT && presence != Presence.REMOTE) {
            throw new RuleViolation("narration.notTakingPart", person.getName());
        }
        if (mode == null || mode.isRemote() != (presence == Presence.REMOTE)) {
            throw new RuleViolation(presence == Presence.REMOTE ? "narration.remoteMode" : "narration.inPersonMode",
                    person.getName());
        }
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() < SHORTEST_NARRATION) {
            throw new RuleViolation("narration.tooShort", SHORTEST_NARRATION);
        }
        if (stripped.length() > LONGEST_NARRATION) {
            throw new RuleViolation("narration.tooLong", LONGEST_NARRATION);
        }
        narrationMode = mode;
        narration = stripped;
        recordedBy = by;
        recordedAt = now;
    }

    public boolean isVoter() {
        return presence == Presence.PRESENT;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Person getPerson() {
        return person;
    }

    public Presence getPresence() {
        return presence;
    }

    public NarrationMode getNarrationMode() {
        return narrationMode;
    }

    public String getNarration() {
        return narration;
    }

    public long getVersion() {
        return version;
    }
}
