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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.BoundedText;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * One dated entry of the help a best-star member gave a lagging member (帮扶记录): what was done, by which helper
 * (the pairing may change later). Written once, never changed.
 */
@Entity
@Table(name = "star_help")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class HelpRecord {

    static final int LONGEST_NOTE = 2000;

    @Id
    @SequenceGenerator(name = "star_help_seq", sequenceName = "star_help_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "star_help_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lagging_id", nullable = false, updatable = false)
    private LaggingMember lagging;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "helper_id", nullable = false, updatable = false)
    private Person helper;

    @Column(name = "helped_on", nullable = false, updatable = false)
    private LocalDate helpedOn;

    @Column(nullable = false, updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    protected HelpRecord() {
    }

    HelpRecord(LaggingMember lagging, Person helper, LocalDate helpedOn, String note, String by, LocalDateTime at) {
        this.lagging = lagging;
        this.helper = helper;
        this.helpedOn = helpedOn;
        this.note = BoundedText.of(note, LONGEST_NOTE, "starFollowUp.noteTooLong");
        if (this.note.isEmpty()) {
            throw new RuleViolation("starFollowUp.helpEmpty");
        }
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("lagging", lagging.getId());
        state.put("helper", helper.getId());
        state.put("helpedOn", helpedOn);
        state.put("note", note);
        return state;
    }

    public Long getId() {
        return id;
    }

    public LaggingMember getLagging() {
        return lagging;
    }

    public Person getHelper() {
        return helper;
    }

    public LocalDate getHelpedOn() {
        return helpedOn;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
