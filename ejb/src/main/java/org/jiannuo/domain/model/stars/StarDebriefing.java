package org.jiannuo.domain.model.stars;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.BoundedText;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.summary.Period;
import org.jiannuo.domain.model.summary.PeriodKind;

/**
 * A village member's debriefing at the half-year pre-assessment (半年预评述职, seed 003): what they achieved towards
 * their stars and where they fell short. Written by the member, saved as often as wanted, then submitted once; the
 * branch pre-rates the member beside it.
 */
@Entity
@Table(name = "star_debriefing")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class StarDebriefing {

    static final int LONGEST_TEXT = 2000;

    @Id
    @SequenceGenerator(name = "star_debriefing_seq", sequenceName = "star_debriefing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "star_debriefing_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    /** The village the member belonged to on writing: its pre-assessment lists the debriefing. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false)
    private OrgUnit unit;

    @Column(name = "debriefing_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, updatable = false)
    private int half;

    @Column(nullable = false)
    private String achievements = "";

    @Column(nullable = false)
    private String shortcomings = "";

    @Column(name = "written_at", nullable = false)
    private LocalDateTime writtenAt;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Version
    private long version;

    protected StarDebriefing() {
    }

    /** A village member's debriefing on a half that has begun. */
    public StarDebriefing(Person person, Period half, LocalDate today) {
        if (half.kind() != PeriodKind.HALF_YEAR) {
            throw new RuleViolation("preAssessment.halfOnly", half.toString());
        }
        if (!half.hasStarted(today)) {
            throw new RuleViolation("preAssessment.notBegun", half.toString());
        }
        if (person.getVillageCategory() == null) {
            throw new RuleViolation("stars.notVillageMember", person.getName());
        }
        this.person = person;
        this.unit = person.getOrgUnit();
        this.year = half.year();
        this.half = half.index();
    }

    /** Saves the two parts; submitting asks for the achievements and makes the debriefing final. */
    public void write(String achievementsText, String shortcomingsText, boolean submit, LocalDateTime now) {
        if (isSubmitted()) {
            throw new RuleViolation("debriefing.submitted");
        }
        String newAchievements = clean(achievementsText);
        String newShortcomings = clean(shortcomingsText);
        if (submit && newAchievements.isEmpty()) {
            throw new RuleViolation("debriefing.achievementsRequired");
        }
        achievements = newAchievements;
        shortcomings = newShortcomings;
        unit = person.getOrgUnit();
        writtenAt = now;
        if (submit) {
            submittedAt = now;
        }
    }

    private static String clean(String text) {
        return BoundedText.of(text, LONGEST_TEXT, "debriefing.tooLong");
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public Period getPeriod() {
        return new Period(year, PeriodKind.HALF_YEAR, half);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("period", getPeriod().toString());
        state.put("achievements", achievements);
        state.put("shortcomings", shortcomings);
        state.put("submitted", isSubmitted());
        return state;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public String getAchievements() {
        return achievements;
    }

    public String getShortcomings() {
        return shortcomings;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public long getVersion() {
        return version;
    }
}
