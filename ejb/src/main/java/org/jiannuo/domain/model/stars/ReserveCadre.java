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
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.BoundedText;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A commended member marked a reserve village cadre (后备干部, seed 003: "those who meet the conditions may be taken
 * into the reserve of village cadres for training") for a year of stars. Withdrawn, the mark stays with who withdrew
 * it; marked again, it is current again.
 */
@Entity
@Table(name = "star_reserve_cadre")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class ReserveCadre {

    static final int LONGEST_NOTE = 1000;

    @Id
    @SequenceGenerator(name = "star_reserve_cadre_seq", sequenceName = "star_reserve_cadre_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "star_reserve_cadre_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    /** The branch the member was rated in. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false)
    private OrgUnit unit;

    @Column(name = "reserve_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false)
    private String note = "";

    @Column(name = "marked_by", nullable = false)
    private String markedBy;

    @Column(name = "marked_at", nullable = false)
    private LocalDateTime markedAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private LocalDateTime withdrawnAt;

    @Version
    private long version;

    protected ReserveCadre() {
    }

    /** Marks a member whose published stars are commended; others are refused. */
    public static ReserveCadre mark(RatedStars stars, StarFollowUpRules rules, String note, String by,
            LocalDateTime at) {
        ReserveCadre reserve = new ReserveCadre();
        reserve.person = stars.person();
        reserve.year = stars.year();
        reserve.markAgain(stars, rules, note, by, at);
        return reserve;
    }

    /** Marks again a withdrawn mark, or rewrites the note of a current one. */
    public void markAgain(RatedStars stars, StarFollowUpRules rules, String note, String by, LocalDateTime at) {
        if (rules.standingOf(stars) != StarStanding.COMMENDED) {
            throw new RuleViolation("starFollowUp.reserveNotCommended", stars.person().getName(), stars.total());
        }
        this.unit = stars.unit();
        this.note = BoundedText.of(note, LONGEST_NOTE, "starFollowUp.noteTooLong");
        this.markedBy = by;
        this.markedAt = at;
        this.withdrawnBy = null;
        this.withdrawnAt = null;
    }

    public void withdraw(String by, LocalDateTime at) {
        if (!isCurrent()) {
            throw new RuleViolation("starFollowUp.reserveWithdrawn", person.getName());
        }
        withdrawnBy = by;
        withdrawnAt = at;
    }

    public boolean isCurrent() {
        return withdrawnAt == null;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("person", person.getId());
        state.put("year", year);
        state.put("unit", unit.getId());
        state.put("note", note);
        state.put("current", isCurrent());
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

    public String getNote() {
        return note;
    }

    public String getMarkedBy() {
        return markedBy;
    }

    public LocalDateTime getMarkedAt() {
        return markedAt;
    }

    public long getVersion() {
        return version;
    }
}
