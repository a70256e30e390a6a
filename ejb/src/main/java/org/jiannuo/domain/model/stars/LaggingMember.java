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
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A member of poor stars managed as lagging for a year of stars (后进管理, seed 003), paired with a best-star member
 * of the same branch who helps them put things right ("determine the best-star members to help"). The helper may
 * be changed; the help given is recorded as {@link HelpRecord}s.
 */
@Entity
@Table(name = "star_lagging")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class LaggingMember {

    @Id
    @SequenceGenerator(name = "star_lagging_seq", sequenceName = "star_lagging_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "star_lagging_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    /** The branch the member was rated in. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false)
    private OrgUnit unit;

    @Column(name = "lagging_year", nullable = false, updatable = false)
    private int year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "helper_id", nullable = false)
    private Person helper;

    @Column(name = "paired_by", nullable = false)
    private String pairedBy;

    @Column(name = "paired_at", nullable = false)
    private LocalDateTime pairedAt;

    @Version
    private long version;

    protected LaggingMember() {
    }

    /** Pairs a lagging member with a helper, both by their published stars of the year. */
    public static LaggingMember pair(RatedStars lagging, RatedStars helper, StarFollowUpRules rules, String by,
            LocalDateTime at) {
        if (rules.standingOf(lagging) != StarStanding.LAGGING) {
            throw new RuleViolation("starFollowUp.notLagging", lagging.person().getName(), lagging.total());
        }
        LaggingMember member = new LaggingMember();
        member.person = lagging.person();
        member.unit = lagging.unit();
        member.year = lagging.year();
        member.pairWith(helper, rules, by, at);
        return member;
    }

    /**
     * Pairs the member with another helper: a member rated in the same branch in the same year whose stars are
     * commended (the best-star members), never the member themselves.
     */
    public void pairWith(RatedStars helper, StarFollowUpRules rules, String by, LocalDateTime at) {
        if (helper.person().getId().equals(person.getId())) {
            throw new RuleViolation("starFollowUp.helperSelf");
        }
        if (helper.year() != year || !helper.unit().getId().equals(unit.getId())) {
            throw new RuleViolation("starFollowUp.helperOtherBranch", helper.person().getName());
        }
        if (rules.standingOf(helper) != StarStanding.COMMENDED) {
            throw new RuleViolation("starFollowUp.helperNotBest", helper.person().getName(), helper.total());
        }
        this.helper = helper.person();
        this.pairedBy = by;
        this.pairedAt = at;
    }

    /** The help given on a day by the current helper: not before the pairing, not in the future. */
    public HelpRecord help(LocalDate on, String note, String by, LocalDateTime at) {
        if (on == null || on.isAfter(at.toLocalDate()) || on.isBefore(pairedAt.toLocalDate())) {
            throw new RuleViolation("starFollowUp.helpDay", pairedAt.toLocalDate().toString());
        }
        return new HelpRecord(this, helper, on, note, by, at);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("person", person.getId());
        state.put("year", year);
        state.put("unit", unit.getId());
        state.put("helper", helper.getId());
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

    public Person getHelper() {
        return helper;
    }

    public LocalDateTime getPairedAt() {
        return pairedAt;
    }

    public long getVersion() {
        return version;
    }
}
