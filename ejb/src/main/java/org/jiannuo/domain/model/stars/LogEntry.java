package org.jiannuo.domain.model.stars;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A dated page of a member's star log book (纪实手册, seed 003): study, a visit or service to one of the households
 * they keep in touch with, or work in a claimed post; photos beside it ({@link LogPhoto}). What is written stays.
 */
@Entity
@Table(name = "star_log_entry")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class LogEntry {

    static final int LONGEST_TEXT = 2000;

    @Id
    @SequenceGenerator(name = "star_log_entry_seq", sequenceName = "star_log_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "star_log_entry_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    /** The village the member belonged to on writing: the branch's log books and bulletins find it there. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    private OrgUnit unit;

    @Column(name = "entry_date", nullable = false, updatable = false)
    private LocalDate entryDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LogEntryKind kind;

    @Column(nullable = false, updatable = false)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id", updatable = false)
    private Household household;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "post_claim_id", updatable = false)
    private PostClaim post;

    @Column(name = "written_by", nullable = false, updatable = false)
    private String writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private LocalDateTime writtenAt;

    protected LogEntry() {
    }

    public static LogEntry study(Person person, LocalDate date, String text, String by, LocalDateTime now) {
        return new LogEntry(person, LogEntryKind.STUDY, date, text, by, now);
    }

    /** A visit or service to a household; only one the member keeps in touch with now. */
    public static LogEntry householdService(HouseholdLiaison liaison, LocalDate date, String text, String by,
            LocalDateTime now) {
        if (!liaison.isCurrent()) {
            throw new RuleViolation("stars.householdNotKept", liaison.getHousehold().getHead());
        }
        LogEntry entry = new LogEntry(liaison.getPerson(), LogEntryKind.HOUSEHOLD_SERVICE, date, text, by, now);
        entry.household = liaison.getHousehold();
        return entry;
    }

    /** Work in a post the member claimed for the entry's year. */
    public static LogEntry postDuty(PostClaim claim, LocalDate date, String text, String by, LocalDateTime now) {
        if (claim.getYear() != date.getYear()) {
            throw new RuleViolation("stars.postOtherYear", claim.getYear());
        }
        LogEntry entry = new LogEntry(claim.getPerson(), LogEntryKind.POST_DUTY, date, text, by, now);
        entry.post = claim;
        return entry;
    }

    private LogEntry(Person person, LogEntryKind kind, LocalDate date, String text, String by, LocalDateTime now) {
        String cleaned = text == null ? "" : text.strip();
        if (cleaned.isEmpty() || cleaned.length() > LONGEST_TEXT) {
            throw new RuleViolation("stars.logText", LONGEST_TEXT);
        }
        if (date == null || date.isAfter(now.toLocalDate())) {
            throw new RuleViolation("stars.logFuture");
        }
        this.person = person;
        this.unit = person.getOrgUnit();
        this.kind = kind;
        this.entryDate = date;
        this.text = cleaned;
        this.writtenBy = by;
        this.writtenAt = now;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("date", entryDate.toString());
        state.put("kind", kind.name());
        state.put("text", text);
        state.put("household", household == null ? null : household.getId());
        state.put("post", post == null ? null : post.getId());
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

    public LocalDate getDate() {
        return entryDate;
    }

    public LogEntryKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public Household getHousehold() {
        return household;
    }

    public PostClaim getPost() {
        return post;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public LocalDateTime getWrittenAt() {
        return writtenAt;
    }
}
