package org.jiannuo.domain.model.yearend;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
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
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * The department's year-end evaluation of a year (评诺, seeds 000, 001), held between its first and last day:
 * "each year at its end", which in practice runs into the next year's first quarter: its days lie in the year or
 * by the following 31 March. Branches evaluate their members between the two days; confirmation and publication
 * may follow later.
 */
@Entity
@Table(name = "year_end_campaign")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class Campaign {

    @Id
    @SequenceGenerator(name = "year_end_campaign_seq", sequenceName = "year_end_campaign_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "year_end_campaign_seq")
    private Long id;

    @Column(name = "campaign_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private LocalDateTime openedAt;

    @Version
    private long version;

    protected Campaign() {
    }

    public static Campaign open(int year, LocalDate startsOn, LocalDate endsOn, String by, LocalDateTime at) {
        Campaign campaign = new Campaign();
        campaign.year = year;
        campaign.reschedule(startsOn, endsOn);
        campaign.openedBy = by;
        campaign.openedAt = at;
        return campaign;
    }

    /** Sets the days: within the year or by the next 31 March, the first not after the last. */
    public void reschedule(LocalDate first, LocalDate last) {
        if (first == null || last == null) {
            throw new RuleViolation("yearEnd.datesRequired");
        }
        LocalDate earliest = LocalDate.of(year, 1, 1);
        LocalDate latest = LocalDate.of(year + 1, 3, 31);
        if (first.isBefore(earliest) || last.isAfter(latest)) {
            throw new RuleViolation("yearEnd.datesOutsideSeason", earliest, latest);
        }
        if (last.isBefore(first)) {
            throw new RuleViolation("yearEnd.datesReversed");
        }
        startsOn = first;
        endsOn = last;
    }

    /** Branches gather their evaluations between the first and the last day. */
    public void requireRunning(LocalDate today) {
        if (today.isBefore(startsOn) || today.isAfter(endsOn)) {
            throw new RuleViolation("yearEnd.notRunning", startsOn, endsOn);
        }
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("startsOn", startsOn);
        state.put("endsOn", endsOn);
        return state;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public long getVersion() {
        return version;
    }
}
