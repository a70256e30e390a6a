package org.jiannuo.domain.model.delivery;

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
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A report the department sends to the holders of one kind of post, each of them their own unit's or subtree's
 * document, every period on a day of the month from an hour on. Whoever holds the post when a period's run
 * reaches them receives; whoever lost it does not.
 */
@Entity
@Table(name = "report_subscription")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class Subscription {

    /** The posts whose holders can be recipients: leaders of a subtree, committee and branch secretaries. */
    public static final Set<Role> AUDIENCES = EnumSet.of(Role.LEADER, Role.COMMITTEE_SECRETARY, Role.BRANCH_SECRETARY);
    /** The last day every month has: a schedule on the 29th would skip February. */
    public static final int LAST_DAY = 28;

    @Id
    @SequenceGenerator(name = "report_subscription_seq", sequenceName = "report_subscription_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_subscription_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReportKind report;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Role audience;

    @Column(name = "day_of_month", nullable = false)
    private int dayOfMonth;

    @Column(name = "hour_of_day", nullable = false)
    private int hour;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected Subscription() {
    }

    public Subscription(ReportKind report, Role audience, int dayOfMonth, int hour, String createdBy,
            LocalDateTime createdAt) {
        Objects.requireNonNull(report, "report");
        if (audience == null || !AUDIENCES.contains(audience)) {
            throw new RuleViolation("subscription.audience");
        }
        this.report = report;
        this.audience = audience;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.active = true;
        reschedule(dayOfMonth, hour);
    }

    /** Moves the schedule: a day from 1 to {@link #LAST_DAY}, an hour from 0 to 23. */
    public void reschedule(int newDay, int newHour) {
        if (newDay < 1 || newDay > LAST_DAY) {
            throw new RuleViolation("subscription.day", LAST_DAY);
        }
        if (newHour < 0 || newHour > 23) {
            throw new RuleViolation("subscription.hour");
        }
        this.dayOfMonth = newDay;
        this.hour = newHour;
    }

    public void pause() {
        active = false;
    }

    public void resume() {
        active = true;
    }

    /**
     * Whether the period before {@code now} is due: from the schedule's day and hour of the month on. A period is
     * delivered once whatever the number of firings (its run is unique), so a firing missed while every node was
     * down is made up by the next.
     */
    public boolean isDue(LocalDateTime now) {
        return active && (now.getDayOfMonth() > dayOfMonth
                || (now.getDayOfMonth() == dayOfMonth && now.getHour() >= hour));
    }

    public String periodDueAt(LocalDateTime now) {
        return report.periodBefore(now.toLocalDate());
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("report", report);
        state.put("audience", audience);
        state.put("dayOfMonth", dayOfMonth);
        state.put("hour", hour);
        state.put("active", active);
        return state;
    }

    public Long getId() {
        return id;
    }

    public ReportKind getReport() {
        return report;
    }

    public Role getAudience() {
        return audience;
    }

    public int getDayOfMonth() {
        return dayOfMonth;
    }

    public int getHour() {
        return hour;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
