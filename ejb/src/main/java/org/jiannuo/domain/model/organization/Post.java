package org.jiannuo.domain.model.organization;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A post with possibly several holders: branch staff of a branch, leader over a subtree or the
 * whole tenant, department admin. Stepping down deletes it; the audit trail keeps the history.
 */
@Entity
@Table(name = "post")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class Post {

    @Id
    @SequenceGenerator(name = "post_seq", sequenceName = "post_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Appointment kind;

    @Column(name = "appointed_on", nullable = false)
    private LocalDate appointedOn;

    @Version
    private long version;

    protected Post() {
    }

    /**
     * @param unit the unit the post covers; null only for a tenant-wide post (department admin, or a
     *             leader of the whole tenant)
     */
    public Post(Appointment kind, Person person, OrgUnit unit, LocalDate appointedOn) {
        if (kind.isHeldByUnit()) {
            throw new IllegalArgumentException(kind + " is kept on the unit");
        }
        if (kind.isTenantWide() != (unit == null) && kind != Appointment.LEADER) {
            throw new IllegalArgumentException(kind + (unit == null ? " needs a unit" : " covers the whole tenant"));
        }
        if (unit != null) {
            if (unit.isDissolved()) {
                throw new RuleViolation("unit.dissolved", unit.getName());
            }
            if (kind == Appointment.BRANCH_STAFF && unit.getType() != OrgUnitType.BRANCH) {
                throw new RuleViolation("post.staffOfBranchOnly");
            }
            if (kind == Appointment.BRANCH_STAFF && !person.getOrgUnit().getTreePath().startsWith(unit.getTreePath())) {
                throw new RuleViolation("unit.appointeeOutside", person.getName(), unit.getName());
            }
        }
        this.kind = kind;
        this.person = Objects.requireNonNull(person);
        this.unit = unit;
        this.appointedOn = Objects.requireNonNull(appointedOn);
    }

    /** Whether a person who now belongs to this unit still fits the post (branch staff belong to their branch). */
    public boolean fitsMemberOf(OrgUnit newUnit) {
        return !kind.requiresMembershipUnder() || newUnit.getTreePath().startsWith(unit.getTreePath());
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind);
        state.put("personId", person.getId());
        state.put("unitId", unit == null ? null : unit.getId());
        state.put("appointedOn", appointedOn.toString());
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

    public Appointment getKind() {
        return kind;
    }

    public LocalDate getAppointedOn() {
        return appointedOn;
    }
}
