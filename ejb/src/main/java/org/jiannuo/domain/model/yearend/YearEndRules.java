package org.jiannuo.domain.model.yearend;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.quota.Quota;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A department's settings for the year-end evaluation: the mass participants' share of the branch's members
 * (at least 80%, seed 001) and the excellent share (at most 15%, seed 000). One row per tenant; none means the
 * defaults.
 */
@Entity
@Table(name = "year_end_rules")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class YearEndRules {

    public static final int DEFAULT_MASS_PERCENT = 80;
    public static final int DEFAULT_EXCELLENT_PERCENT = 15;

    @Id
    @SequenceGenerator(name = "year_end_rules_seq", sequenceName = "year_end_rules_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "year_end_rules_seq")
    private Long id;

    @Column(name = "mass_percent", nullable = false)
    private int massPercent;

    @Column(name = "excellent_percent", nullable = false)
    private int excellentPercent;

    @Version
    private long version;

    protected YearEndRules() {
    }

    public static YearEndRules defaults() {
        YearEndRules rules = new YearEndRules();
        rules.change(DEFAULT_MASS_PERCENT, DEFAULT_EXCELLENT_PERCENT);
        return rules;
    }

    public void change(int newMassPercent, int newExcellentPercent) {
        if (newMassPercent < 1 || newMassPercent > 100) {
            throw new RuleViolation("yearEnd.massPercentRange", 1, 100);
        }
        if (newExcellentPercent < 1 || newExcellentPercent > 50) {
            throw new RuleViolation("yearEnd.excellentPercentRange", 1, 50);
        }
        massPercent = newMassPercent;
        excellentPercent = newExcellentPercent;
    }

    public MassQuorum massQuorum() {
        return new MassQuorum(massPercent);
    }

    /** "Excellent not above 15%": the share rounded down, so small branches have none. */
    public Quota excellentQuota() {
        return Quota.atMost(excellentPercent);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("massPercent", massPercent);
        state.put("excellentPercent", excellentPercent);
        return state;
    }

    public int getMassPercent() {
        return massPercent;
    }

    public int getExcellentPercent() {
        return excellentPercent;
    }
}
