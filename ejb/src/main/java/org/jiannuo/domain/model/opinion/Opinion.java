package org.jiannuo.domain.model.opinion;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.appraisal.Grading;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * One opinion from the suggestion box (意见箱) or the public phone (seed 004, 三公示). The writer may give
 * a name and a contact for an answer; both stay with the handlers and never reach a public page. The
 * handling unit answers within the department's handling days, forwards it to the unit that should, or
 * closes it; closing one that was never answered needs a word for the writer. The writer reads the reply
 * with the tracking code, of which only the keyed hash is kept.
 */
@Entity
@Table(name = "opinion")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class Opinion {

    static final int LONGEST_NAME = 60;
    static final int LONGEST_CONTACT = 100;
    static final int LONGEST_NOTE = 1000;

    @Id
    @SequenceGenerator(name = "opinion_seq", sequenceName = "opinion_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opinion_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, updatable = false)
    private TargetKind targetKind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_unit_id", updatable = false)
    private OrgUnit targetUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_commitment_id", updatable = false)
    private Commitment targetCommitment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_grading_id", updatable = false)
    private Grading targetGrading;

    @Column(name = "target_label", nullable = false, updatable = false)
    private String targetLabel;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "handler_unit_id", nullable = false)
    private OrgUnit handler;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OpinionChannel channel;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "writer_name", updatable = false)
    private String writerName;

    @Column(name = "writer_contact", updatable = false)
    private String writerContact;

    @Column(name = "tracking_hash", nullable = false, updatable = false)
    private String trackingHash;

    @Column(name = "address_hash", updatable = false)
    private String addressHash;

    @Column(name = "entered_by", updatable = false)
    private String enteredBy;

    @Column(name = "received_at", nullable = false, updatable = false)
    private LocalDateTime receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OpinionState state;

    @Column(nullable = false)
    private LocalDate deadline;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "forwarded_from_unit_id")
    private OrgUnit forwardedFrom;

    @Column(name = "forward_note")
    private String forwardNote;

    private String reply;

    @Column(name = "replied_by")
    private String repliedBy;

    @Column(name = "replied_at")
    private LocalDateTime repliedAt;

    @Column(name = "closing_note")
    private String closingNote;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Version
    private long version;

    protected Opinion() {
    }

    /** The writer of an opinion as they chose to be known: both may be empty. */
    public record Writer(String name, String contact) {

        public static final Writer ANONYMOUS = new Writer(null, null);
    }

    /**
     * An opinion as it comes in. {@code addressHash} is the keyed hash of the sender's address (board only),
     * counted for the rate limit; {@code enteredBy} the staff member who took a phone call.
     */
    public static Opinion receive(OpinionTarget target, String text, Writer writer, OpinionChannel channel,
            OpinionRules rules, String trackingHash, String addressHash, String enteredBy, LocalDateTime now) {
        Opinion opinion = new Opinion();
        opinion.text = rules.checkText(text, "opinion.textRequired");
        opinion.writerName = optional(writer.name(), LONGEST_NAME, "opinion.nameTooLong");
        opinion.writerContact = optional(writer.contact(), LONGEST_CONTACT, "opinion.contactTooLong");
        opinion.targetKind = target.kind();
        opinion.targetUnit = target.unit();
        opinion.targetCommitment = target.commitment();
        opinion.targetGrading = target.grading();
        opinion.targetLabel = target.label();
        opinion.handler = target.handler();
        opinion.channel = channel;
        opinion.trackingHash = trackingHash;
        opinion.addressHash = addressHash;
        opinion.enteredBy = enteredBy;
        opinion.receivedAt = now;
        opinion.state = OpinionState.RECEIVED;
        opinion.deadline = rules.deadlineFrom(now.toLocalDate());
        return opinion;
    }

    /** The handling unit answers; the writer reads the answer with the tracking code. */
    public void reply(String answer, OpinionRules rules, String by, LocalDateTime now) {
        requireAwaitingReply();
        reply = rules.checkText(answer, "opinion.replyRequired");
        repliedBy = by;
        repliedAt = now;
        state = OpinionState.REPLIED;
    }

    /** Sends the opinion to the unit that should answer it, which gets the full handling days from today. */
    public void forwardTo(OrgUnit unit, String note, OpinionRules rules, LocalDate today) {
        requireAwaitingReply();
        if (unit == null || unit.isDissolved() || unit == handler || (unit.getId() != null && unit.getId().equals(handler.getId()))) {
            throw new RuleViolation("opinion.forwardUnitInvalid");
        }
        forwardNote = optional(note, LONGEST_NOTE, "opinion.noteTooLong");
        forwardedFrom = handler;
        handler = unit;
        deadline = rules.deadlineFrom(today);
        state = OpinionState.FORWARDED;
    }

    /** Closes the opinion; one never answered is closed only with a word for the writer (a duplicate, abuse). */
    public void close(String note, String by, LocalDateTime now) {
        if (!state.isOpen()) {
            throw new RuleViolation("opinion.alreadyClosed");
        }
        String stripped = optional(note, LONGEST_NOTE, "opinion.noteTooLong");
        if (state.isAwaitingReply() && stripped == null) {
            throw new RuleViolation("opinion.closingNoteRequired");
        }
        closingNote = stripped;
        closedBy = by;
        closedAt = now;
        state = OpinionState.CLOSED;
    }

    /** Waiting for an answer past its deadline. */
    public boolean isOverdue(LocalDate today) {
        return state.isAwaitingReply() && deadline.isBefore(today);
    }

    private void requireAwaitingReply() {
        if (!state.isAwaitingReply()) {
            throw new RuleViolation("opinion.notAwaitingReply", state);
        }
    }

    private static String optional(String value, int longest, String tooLongCode) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > longest) {
            throw new RuleViolation(tooLongCode, longest);
        }
        return stripped;
    }

    /** What the audit trail keeps of a change: never the writer's name or contact. */
    public Map<String, Object> auditState() {
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("state", state);
        audit.put("handler", handler.getName());
        audit.put("deadline", deadline);
        audit.put("reply", reply);
        audit.put("closingNote", closingNote);
        return audit;
    }

    public Long getId() {
        return id;
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    public OrgUnit getTargetUnit() {
        return targetUnit;
    }

    public Commitment getTargetCommitment() {
        return targetCommitment;
    }

    public Grading getTargetGrading() {
        return targetGrading;
    }

    public String getTargetLabel() {
        return targetLabel;
    }

    public OrgUnit getHandler() {
        return handler;
    }

    public OpinionChannel getChannel() {
        return channel;
    }

    public String getText() {
        return text;
    }

    public String getWriterName() {
        return writerName;
    }

    public String getWriterContact() {
        return writerContact;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public OpinionState getState() {
        return state;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public OrgUnit getForwardedFrom() {
        return forwardedFrom;
    }

    public String getForwardNote() {
        return forwardNote;
    }

    public String getReply() {
        return reply;
    }

    public String getRepliedBy() {
        return repliedBy;
    }

    public LocalDateTime getRepliedAt() {
        return repliedAt;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }
}
