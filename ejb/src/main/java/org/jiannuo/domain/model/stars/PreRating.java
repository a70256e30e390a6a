package org.jiannuo.domain.model.stars;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

/** The branch's pre-rating of one member at the half year: stars per aspect under the cap they were rated against. */
@Entity
@Table(name = "star_pre_rating")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class PreRating {

    static final int LONGEST_NOTE = 1000;

    @Id
    @SequenceGenerator(name = "star_pre_rating_seq", sequenceName = "star_pre_rating_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "star_pre_rating_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
    private PreAssessment assessment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(name = "star_cap", nullable = false)
    private int cap;

    @Embedded
    private AspectStars stars = AspectStars.none();

    @Column(nullable = false)
    private String note = "";

    protected PreRating() {
    }

    PreRating(PreAssessment assessment, Person person, int cap, AspectStars stars, String note) {
        this.assessment = assessment;
        this.person = person;
        change(cap, stars, note);
    }

    void change(int newCap, AspectStars newStars, String newNote) {
        cap = newCap;
        stars = newStars;
        note = newNote;
    }

    public Long getId() {
        return id;
    }

    public PreAssessment getAssessment() {
        return assessment;
    }

    public Person getPerson() {
        return person;
    }

    public int getCap() {
        return cap;
    }

    public AspectStars getStars() {
        return stars;
    }

    public String getNote() {
        return note;
    }
}
