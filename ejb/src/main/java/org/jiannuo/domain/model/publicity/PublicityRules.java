package org.jiannuo.domain.model.publicity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A department's publicity settings (三公示, seed 004): how many working days a publication stays open
 * to objection (default 5), its list of holidays and adjusted working days, and how many objections the
 * public board takes in an hour from one address and against one grade (5 and 20). One row per tenant;
 * a tenant without one has the defaults.
 */
@Entity
@Table(name = "publicity_rules")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class PublicityRules {

    public static final int DEFAULT_WORKING_DAYS = 5;
    public static final HourlyLimit DEFAULT_OBJECTION_LIMIT = new HourlyLimit(5, 20);
    static final int MOST_WORKING_DAYS = 30;

    @Id
    @SequenceGenerator(name = "publicity_rules_seq", sequenceName = "publicity_rules_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publicity_rules_seq")
    private Long id;

    @Column(name = "working_days", nullable = false)
    private int workingDays = DEFAULT_WORKING_DAYS;

    @Column(name = "calendar_days")
    private String calendarDays;

    @Column(name = "objections_per_address_per_hour", nullable = false)
    private int objectionsPerAddressPerHour = DEFAULT_OBJECTION_LIMIT.perAddress();

    @Column(name = "objections_per_grade_per_hour", nullable = false)
    private int objectionsPerGradePerHour = DEFAULT_OBJECTION_LIMIT.perTarget();

    @Version
    private long version;

    public PublicityRules() {
    }

    /** Changes every setting at once; a calendar that does not read or a limit out of range is refused whole. */
    public void change(int days, String calendarText, HourlyLimit objectionLimit) {
        if (days < 1 || days > MOST_WORKING_DAYS) {
            throw new RuleViolation("publicity.workingDaysRange", 1, MOST_WORKING_DAYS);
        }
        if (objectionLimit == null) {
            throw new RuleViolation("publicity.hourlyLimitRange", 1, HourlyLimit.MOST);
        }
        WorkingCalendar calendar = WorkingCalendar.parse(calendarText);
        workingDays = days;
        calendarDays = calendar.text().isEmpty() ? null : calendar.text();
        objectionsPerAddressPerHour = objectionLimit.perAddress();
        objectionsPerGradePerHour = objectionLimit.perTarget();
    }

    /** How many objections the board takes in an hour from one address and against one grade. */
    public HourlyLimit objectionLimit() {
        return new HourlyLimit(objectionsPerAddressPerHour, objectionsPerGradePerHour);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("workingDays", workingDays);
        state.put("calendarDays", getCalendarDays());
        state.put("objectionsPerAddressPerHour", objectionsPerAddressPerHour);
        state.put("objectionsPerGradePerHour", objectionsPerGradePerHour);
        return state;
    }

    public PublicityPeriod periodFrom(LocalDate publishedOn) {
        return PublicityPeriod.from(publishedOn, workingDays, calendar());
    }

    public WorkingCalendar calendar() {
        return WorkingCalendar.parse(calendarDays);
    }

    public int getWorkingDays() {
        return workingDays;
    }

    public String getCalendarDays() {
        return calendarDays == null ? "" : calendarDays;
    }

    public long getVersion() {
        return version;
    }
}
