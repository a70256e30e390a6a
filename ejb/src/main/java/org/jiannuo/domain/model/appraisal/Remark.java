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
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.RuleViolation;

/** A leader's remark (点评) at a meeting: the progress made, the shortcomings, and the direction to take. */
@Entity
@Table(name = "remark")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class Remark {

    static final int LONGEST_PART = 1000;

    @Id
    @SequenceGenerator(name = "remark_seq", sequenceName = "remark_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "remark_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RemarkKind kind;

    @Column(name = "subject_key", nullable = false, updatable = false)
    private String subjectKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_person_id", updatable = false)
    private Person subjectPerson;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_unit_id", updatable = false)
    private OrgUnit subjectUnit;

    @Column(nullable = false)
    private String progress;

    @Column(nullable = false)
    private String shortcomings;

    @Column(nullable = false)
    private String direction;

    @Column(name = "remarked_by", nullable = false)
    private String remarkedBy;

    @Column(name = "remarked_at", nullable = false)
    private LocalDateTime remarkedAt;

    @Version
    private long version;

    protected Remark() {
    }

    public Remark(Meeting meeting, RemarkKind kind, Subject subject) {
        this.meeting = meeting;
        this.kind = kind;
        this.subjectKey = subject.key();
        this.subjectPerson = subject.person();
        this.subjectUnit = subject.unit();
    }

    /** Writes or rewrites the remark; all three parts are required, as the seed asks for each. */
    public void write(String newProgress, String newShortcomings, String newDirection, String by, LocalDateTime now) {
        meeting.requireNotPublished();
        progress = part(newProgress);
        shortcomings = part(newShortcomings);
        direction = part(newDirection);
        remarkedBy = by;
        remarkedAt = now;
    }

    private static String part(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new RuleViolation("remark.partRequired");
        }
        if (stripped.length() > LONGEST_PART) {
            throw new RuleViolation("remark.tooLong", LONGEST_PART);
        }
        return stripped;
    }

    /** The remark in one line, as the evaluation table prints it. */
    public String summary() {
        return progress + "；" + shortcomings + "；" + direction;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind);
        state.put("subject", subjectKey);
        state.put("progress", progress);
        state.put("shortcomings", shortcomings);
        state.put("direction", direction);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public RemarkKind getKind() {
        return kind;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public String getProgress() {
        return progress;
    }

    public String getShortcomings() {
        return shortcomings;
    }

    public String getDirection() {
        return direction;
    }

    public String getRemarkedBy() {
        return remarkedBy;
    }

    public long getVersion() {
        return version;
    }
}
