package org.jiannuo.domain.model.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A department's settings for 一讲二评三公示 (seed 004): the pioneer share ("about 15%"), the fewest
 * ballots for which per-subject results are shown (fewer would let voters guess each other's ratings),
 * the meeting days (the 25th, and the 30th of even months), and how often leaders comment (monthly as in 004,
 * or half-yearly as in 001). One row per tenant.
 */
@Entity
@Table(name = "appraisal_rules")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class AppraisalRules {

    public static final AppraisalSettings DEFAULTS = new AppraisalSettings(15, 3, 25, 30, RemarkCadence.MONTHLY);

    @Id
    @SequenceGenerator(name = "appraisal_rules_seq", sequenceName = "appraisal_rules_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_rules_seq")
    private Long id;

    @Column(name = "pioneer_percent", nullable = false)
    private int pioneerPercent;

    @Column(name = "minimum_ballots", nullable = false)
    private int minimumBallots;

    @Column(name = "life_meeting_day", nullable = false)
    private int lifeMeetingDay;

    @Column(name = "secretaries_meeting_day", nullable = false)
    private int secretariesMeetingDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "remark_cadence", nullable = false)
    private RemarkCadence remarkCadence;

    @Version
    private long version;

    protected AppraisalRules() {
    }

    public static AppraisalRules defaults() {
        AppraisalRules rules = new AppraisalRules();
        rules.change(DEFAULTS);
        return rules;
    }

    public void change(AppraisalSettings settings) {
        if (settings.pioneerPercent() < 1 || settings.pioneerPercent() > 50) {
            throw new RuleViolation("appraisal.pioneerPercentRange", 1, 50);
        }
        if (settings.minimumBallots() < 1 || settings.minimumBallots() > 50) {
            throw new RuleViolation("appraisal.minimumBallotsRange", 1, 50);
        }
        if (!isDay(settings.lifeMeetingDay()) || !isDay(settings.secretariesMeetingDay())) {
            throw new RuleViolation("appraisal.meetingDayRange");
        }
        if (settings.remarkCadence() == null) {
            throw new RuleViolation("appraisal.remarkCadenceRequired");
        }
        pioneerPercent = settings.pioneerPercent();
        minimumBallots = settings.minimumBallots();
        lifeMeetingDay = settings.lifeMeetingDay();
        secretariesMeetingDay = settings.secretariesMeetingDay();
        remarkCadence = settings.remarkCadence();
    }

    private static boolean isDay(int day) {
        return day >= 1 && day <= 31;
    }

    /** Per-subject results are shown only when at least this many ballots were cast. */
    public boolean showsResultsOf(int ballots) {
        return ballots >= minimumBallots;
    }

    /** Whether a meeting of the month calls for leaders' remarks, at the tenant's cadence. */
    public boolean callsForRemarksIn(YearMonth month) {
        return remarkCadence.callsForRemarksIn(month);
    }

    public AppraisalSettings settings() {
        return new AppraisalSettings(pioneerPercent, minimumBallots, lifeMeetingDay, secretariesMeetingDay,
                remarkCadence);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("pioneerPercent", pioneerPercent);
        state.put("minimumBallots", minimumBallots);
        state.put("lifeMeetingDay", lifeMeetingDay);
        state.put("secretariesMeetingDay", secretariesMeetingDay);
        state.put("remarkCadence", remarkCadence);
        return state;
    }

    public int getPioneerPercent() {
        return pioneerPercent;
    }

    public int getMinimumBallots() {
        return minimumBallots;
    }

    public int getLifeMeetingDay() {
        return lifeMeetingDay;
    }

    public int getSecretariesMeetingDay() {
        return secretariesMeetingDay;
    }

    public long getVersion() {
        return version;
    }
}
