package org.jiannuo.domain.model.stars;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A village member's star target for a year (创星目标, seed 003): the stars they aim for in each aspect within their
 * category's cap, and their measures. The branch secretary and the member sign it as the responsibility letter
 * (创星目标责任书); once signed it is final and posted. The category and cap are kept as they were when written, so
 * the year's ratings are held to the cap the member aimed under.
 */
@Entity
@Table(name = "star_target")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class StarTarget {

    static final int LONGEST_MEASURES = 2000;

    @Id
    @SequenceGenerator(name = "star_target_seq", sequenceName = "star_target_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "star_target_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false)
    private OrgUnit unit;

    @Column(name = "target_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VillageCategory category;

    @Column(name = "star_cap", nullable = false)
    private int cap;

    @Embedded
    private AspectStars stars = AspectStars.none();

    @Column(nullable = false)
    private String measures = "";

    @Column(name = "written_at", nullable = false)
    private LocalDateTime writtenAt;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "signed_by")
    private String signedBy;

    @Version
    private long version;

    protected StarTarget() {
    }

    /** A new target of a village member's; a person of no village category has none. */
    public StarTarget(Person person, int year) {
        if (person.getVillageCategory() == null) {
            throw new RuleViolation("stars.notVillageMember", person.getName());
        }
        this.person = person;
        this.unit = person.getOrgUnit();
        this.year = year;
        this.category = person.getVillageCategory();
    }

    /** Sets the stars aimed for and the measures, under the cap of the member's category today. */
    public void aim(AspectStars target, String measuresText, StarRules rules, LocalDateTime now) {
        if (isSigned()) {
            throw new RuleViolation("stars.targetSigned");
        }
        String text = measuresText == null ? "" : measuresText.strip();
        if (text.length() > LONGEST_MEASURES) {
            throw new RuleViolation("stars.measuresTooLong", LONGEST_MEASURES);
        }
        if (target.total() == 0) {
            throw new RuleViolation("stars.targetEmpty");
        }
        VillageCategory current = person.getVillageCategory();
        if (current == null) {
            throw new RuleViolation("stars.notVillageMember", person.getName());
        }
        StarCap starCap = rules.capFor(current);
        stars = starCap.check(target);
        category = current;
        cap = starCap.cap();
        unit = person.getOrgUnit();
        measures = text;
        writtenAt = now;
    }

    /** The secretary and the member sign the letter: it needs at least one claimed post, and is final from then. */
    public void sign(int claimedPosts, String by, LocalDate on) {
        if (isSigned()) {
            throw new RuleViolation("stars.targetSigned");
        }
        if (claimedPosts < 1) {
            throw new RuleViolation("stars.postRequired", person.getName());
        }
        signedOn = on;
        signedBy = by;
    }

    /**
     * The cap the year's ratings of the member are held to: the one they aimed under, with each aspect's most as the
     * department's rules say now.
     */
    public StarCap ratingCap(StarRules rules) {
        return new StarCap(cap, rules.capFor(category).aspectMost());
    }

    public boolean isSigned() {
        return signedOn != null;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("category", category.name());
        state.put("cap", cap);
        stars.asMap().forEach((aspect, count) -> state.put(aspect.name(), count));
        state.put("measures", measures);
        state.put("signedOn", signedOn == null ? null : signedOn.toString());
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

    public int getYear() {
        return year;
    }

    public VillageCategory getCategory() {
        return category;
    }

    public int getCap() {
        return cap;
    }

    public AspectStars getStars() {
        return stars;
    }

    public String getMeasures() {
        return measures;
    }

    public LocalDateTime getWrittenAt() {
        return writtenAt;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public long getVersion() {
        return version;
    }
}
