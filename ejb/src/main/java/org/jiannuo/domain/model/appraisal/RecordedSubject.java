package org.jiannuo.domain.model.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;

/**
 * A meeting's subject as recorded when its ballot opened: its key, its group, the person or unit it
 * stands for, and the name it had then. A ballot line ({@link BallotTally}) records it, and a grade
 * ({@link Grading}) carries the same over from its ballot line; none of it changes afterwards.
 */
@MappedSuperclass
public abstract class RecordedSubject {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

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

    protected RecordedSubject() {
    }

    protected RecordedSubject(Meeting meeting, Subject subject) {
        this.meeting = meeting;
        this.subjectKey = subject.key();
        this.group = subject.group();
        this.subjectPerson = subject.person();
        this.subjectUnit = subject.unit();
        this.subjectName = subject.name();
    }

    /**
     * The same subject at the same meeting, as another recorded it. Read through the getters: the other's
     * lazy relations are loaded by them, not by reading its fields.
     */
    protected RecordedSubject(RecordedSubject recorded) {
        this.meeting = recorded.getMeeting();
        this.subjectKey = recorded.getSubjectKey();
        this.group = recorded.getGroup();
        this.subjectPerson = recorded.getSubjectPerson();
        this.subjectUnit = recorded.getSubjectUnit();
        this.subjectName = recorded.getSubjectName();
    }

    public Meeting getMeeting() {
        return meeting;
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
