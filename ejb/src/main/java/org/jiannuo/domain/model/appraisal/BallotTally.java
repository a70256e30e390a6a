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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;

/**
 * One subject of a meeting's ballot, as the meeting grades it: its place on the paper, its group and
 * the person or unit it stands for. The counts are the ballot engine's (the meeting's occasion), kept
 * per subject key; nothing here changes once the ballot has opened.
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
