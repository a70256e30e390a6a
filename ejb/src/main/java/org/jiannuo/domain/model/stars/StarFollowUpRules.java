package org.jiannuo.domain.model.stars;

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
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A department's thresholds for the star follow-up, one pair per cap group: the upper group (caps of 8 and more,
 * 10 by default) and the lower (below 8, 6 by default), since seed 003 speaks of the two caps only and a cap the
 * department moves should stay with the group it came from. Commended from 9 and from 5 stars, as the seed's
 * quotas count; lagging at 3 or fewer and at 2 or fewer, the seed naming no number for "poor stars". One row per
 * tenant; a tenant without one has the defaults.
 */
@Entity
@Table(name = "star_follow_up_rules")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class StarFollowUpRules {

    /** The lowest cap counted with the upper group: nearer 10 than 6, or halfway. */
    static final int UPPER_GROUP_FROM = 8;

    @Id
    @SequenceGenerator(name = "star_follow_up_rules_seq", sequenceName = "star_follow_up_rules_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "star_follow_up_rules_seq")
    private Long id;

    @Column(name = "commend_upper", nullable = false)
    private int commendUpper = 9;

    @Column(name = "commend_lower", nullable = false)
    private int commendLower = 5;

    @Column(name = "lagging_upper", nullable = false)
    private int laggingUpper = 3;

    @Column(name = "lagging_lower", nullable = false)
    private int laggingLower = 2;

    @Version
    private long version;

    public StarFollowUpRules() {
    }

    /** Sets both groups' thresholds; a lagging threshold must lie below its commendation threshold. */
    public void change(FollowUpThresholds thresholds) {
        check(thresholds.commendUpper(), thresholds.laggingUpper(), StarRules.HIGHEST_CAP);
        check(thresholds.commendLower(), thresholds.laggingLower(), UPPER_GROUP_FROM - 1);
        commendUpper = thresholds.commendUpper();
        commendLower = thresholds.commendLower();
        laggingUpper = thresholds.laggingUpper();
        laggingLower = thresholds.laggingLower();
    }

    private static void check(int commend, int lagging, int highest) {
        if (commend < 1 || commend > highest) {
            throw new RuleViolation("starFollowUp.commendRange", highest);
        }
        if (lagging < 0 || lagging >= commend) {
            throw new RuleViolation("starFollowUp.laggingRange", commend);
        }
    }

    /** Where stars under a cap place the member; a threshold above a lowered cap is met at the cap. */
    public StarStanding standingOf(int cap, int total) {
        boolean upper = cap >= UPPER_GROUP_FROM;
        int commend = Math.min(cap, upper ? commendUpper : commendLower);
        if (total >= commend) {
            return StarStanding.COMMENDED;
        }
        return total <= (upper ? laggingUpper : laggingLower) ? StarStanding.LAGGING : StarStanding.ORDINARY;
    }

    public StarStanding standingOf(RatedStars stars) {
        return standingOf(stars.cap(), stars.total());
    }

    public FollowUpThresholds thresholds() {
        return new FollowUpThresholds(commendUpper, commendLower, laggingUpper, laggingLower);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("commendUpper", commendUpper);
        state.put("commendLower", commendLower);
        state.put("laggingUpper", laggingUpper);
        state.put("laggingLower", laggingLower);
        return state;
    }

    /** Null until the department first changes the defaults. */
    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
