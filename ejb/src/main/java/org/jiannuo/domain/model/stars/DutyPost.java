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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A post a township (街道、园区) defines for its villages beside the four basic posts (seed 003: "each street park
 * can identify other positions"); the department's own (no unit) are offered everywhere.
 */
@Entity
@Table(name = "duty_post")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class DutyPost {

    static final int LONGEST_NAME = 100;
    static final int LONGEST_DUTIES = 500;

    @Id
    @SequenceGenerator(name = "duty_post_seq", sequenceName = "duty_post_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duty_post_seq")
    private Long id;

    /** The township whose villages may claim it; null for the whole tenant. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "org_unit_id", updatable = false)
    private OrgUnit unit;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String duties;

    @Column(name = "defined_by", nullable = false, updatable = false)
    private String definedBy;

    protected DutyPost() {
    }

    public DutyPost(OrgUnit township, String name, String duties, String definedBy) {
        String cleanName = name == null ? "" : name.strip();
        String cleanDuties = duties == null ? "" : duties.strip();
        if (cleanName.isEmpty() || cleanName.length() > LONGEST_NAME) {
            throw new RuleViolation("stars.postName", LONGEST_NAME);
        }
        if (cleanDuties.length() > LONGEST_DUTIES) {
            throw new RuleViolation("stars.postDuties", LONGEST_DUTIES);
        }
        this.unit = township;
        this.name = cleanName;
        this.duties = cleanDuties;
        this.definedBy = definedBy;
    }

    /** Whether a member of this unit may claim the post: it is the department's, or its township's is above them. */
    public boolean isOfferedIn(OrgUnit village) {
        return unit == null || village.getTreePath().startsWith(unit.getTreePath());
    }

    public Long getId() {
        return id;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public String getName() {
        return name;
    }

    public String getDuties() {
        return duties;
    }
}
