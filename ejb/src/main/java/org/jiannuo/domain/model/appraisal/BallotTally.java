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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;

/**
 * One subject's running counts in a meeting's ballot. A cast ballot adds one to one count of every
 * subject in the same transaction that stores the voter's receipt, so no row ever holds an
 * individual rating: there is no voter, no time and no order here, only sums. The counts change only
 * through those additions (or a paper ballot's entry), never through this entity, which is why it
 * has no version.
 */
@Entity
@Table(name = "ballot_tally")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class BallotTally {

    @Id
    @SequenceGenerator(name = "ballot_tally_seq", sequenceName = "ballot_tally_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ballot_tally_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    /** The order in which subjects appear on the ballot and in the tables. */
    @Column(name = "ballot_position", nullable = false, updatable = false)
    private int position;

    @Column(name = "subject_key", nullable = false, updatable = false)
    private String subjectKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_group", nullable = false, updatable = false)
    private GradingGroup group;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_person_id", updatable = false)
    private Person subjectPerson;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_unit_id", updatable = false)
    private OrgUnit subjectUnit;

    @Column(name = "subject_name", nullable = false, updatable = false)
    private String subjectName;

    @Column(name = "choice_good", nullable = false, updatable = false)
    private int good;

    @Column(name = "choice_fairly_good", nullable = false, updatable = false)
    private int fairlyGood;

    @Column(name = "choice_average", nullable = false, updatable = false)
    private int average;

    @Column(name = "choice_poor", nullable = false, updatable = false)
    private int poor;

    @Column(name = "choice_unknown", nullable = false, updatable = false)
    private int unknown;

    protected BallotTally() {
    }

    public BallotTally(Meeting meeting, int position, Subject subject) {
        this.meeting = meeting;
        this.position = position;
        this.subjectKey = subject.key();
        this.group = subject.group();
        this.subjectPerson = subject.person();
        this.subjectUnit = subject.unit();
        this.subjectName = subject.name();
    }

    public Tally tally() {
        return new Tally(good, fairlyGood, average, poor, unknown);
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getPosition() {
        return position;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public GradingGroup getGroup() {
        return group;
    }

    public Person getSubjectPerson() {
        return subjectPerson;
    }

    public OrgUnit getSubjectUnit() {
        return subjectUnit;
    }

    public String getSubjectName() {
        return subjectName;
    }
}
