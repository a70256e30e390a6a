package org.jiannuo.domain.model.appraisal;

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
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * An elderly, weak, sick or disabled member excused from narrating, rating and being graded from
 * one month on (to another, or until further notice). The branch asks; only the superior approves
 * (seed 004: 经上级党组织同意). An approved exemption takes the member out of the meetings' subjects.
 */
@Entity
@Table(name = "narration_exemption")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class NarrationExemption {

    static final int LONGEST_NOTE = 1000;

    @Id
    @SequenceGenerator(name = "narration_exemption_seq", sequenceName = "narration_exemption_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "narration_exemption_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ExemptionReason reason;

    @Column(name = "from_month", nullable = false, updatable = false)
    private LocalDate fromMonth;

    @Column(name = "until_month", updatable = false)
    private LocalDate untilMonth;

    @Column(updatable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExemptionStatus status;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private LocalDateTime requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Version
    private long version;

    protected NarrationExemption() {
    }

    public static NarrationExemption request(Person person, ExemptionReason reason, YearMonth from, YearMonth until,
            String note, String by, LocalDateTime now) {
        if (reason == null) {
            throw new RuleViolation("exemption.reasonRequired");
        }
        if (from == null || (until != null && until.isBefore(from))) {
            throw new RuleViolation("exemption.monthsOutOfOrder");
        }
        NarrationExemption exemption = new NarrationExemption();
        exemption.person = person;
        exemption.reason = reason;
        exemption.fromMonth = from.atDay(1);
        exemption.untilMonth = until == null ? null : until.atDay(1);
        exemption.note = text(note);
        exemption.status = ExemptionStatus.REQUESTED;
        exemption.requestedBy = by;
        exemption.requestedAt = now;
        return exemption;
    }

    /** The superior approves or refuses; a refusal says why. Decided requests stay as they are. */
    public void decide(boolean approve, String why, String by, LocalDateTime now) {
        if (status != ExemptionStatus.REQUESTED) {
            throw new RuleViolation("exemption.alreadyDecided");
        }
        String stripped = text(why);
        if (!approve && stripped == null) {
            throw new RuleViolation("exemption.refusalReasonRequired");
        }
        status = approve ? ExemptionStatus.APPROVED : ExemptionStatus.REFUSED;
        decisionNote = stripped;
        decidedBy = by;
        decidedAt = now;
    }

    public boolean covers(YearMonth month) {
        return status == ExemptionStatus.APPROVED && !month.isBefore(YearMonth.from(fromMonth))
                && (untilMonth == null || !month.isAfter(YearMonth.from(untilMonth)));
    }

    private static String text(String value) {
        String stripped = value == null || value.isBlank() ? null : value.strip();
        if (stripped != null && stripped.length() > LONGEST_NOTE) {
            throw new RuleViolation("exemption.noteTooLong", LONGEST_NOTE);
        }
        return stripped;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("reason", reason);
        state.put("from", YearMonth.from(fromMonth).toString());
        state.put("until", untilMonth == null ? null : YearMonth.from(untilMonth).toString());
        state.put("status", status);
        state.put("decisionNote", decisionNote);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public ExemptionReason getReason() {
        return reason;
    }

    public YearMonth getFrom() {
        return YearMonth.from(fromMonth);
    }

    public YearMonth getUntil() {
        return untilMonth == null ? null : YearMonth.from(untilMonth);
    }

    public String getNote() {
        return note;
    }

    public ExemptionStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public long getVersion() {
        return version;
    }
}
