package org.jiannuo.domain.model.commitment;

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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.publicity.PublicKey;

/**
 * One commitment item (承诺事项) of a person or of an organization, from its draft through review
 * to publication. Each submission is a new revision; earlier ones are kept as
 * {@link CommitmentRevision}s, every decision as a {@link ReviewDecision}.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class Commitment {

    static final int SHORTEST_TEXT = 8;

    @Id
    @SequenceGenerator(name = "commitment_seq", sequenceName = "commitment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commitment_seq")
    private Long id;

    @Column(name = "commitment_year", nullable = false, updatable = false)
    private int year;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_person_id", updatable = false)
    private Person ownerPerson;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_unit_id", updatable = false)
    private OrgUnit ownerUnit;

    /** A member's branch, or an organization's superior: who reviews the item. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reviewing_unit_id", nullable = false)
    private OrgUnit reviewingUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitmentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitmentForm form;

    @Column(nullable = false)
    private String category;

    @Column(nullable = false)
    private String content;

    @Column(nullable = false)
    private String measures;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    /** Committed orally and entered by staff on the owner's behalf (retired, elderly, weak members). */
    @Column(nullable = false)
    private boolean oral;

    @Column(name = "entered_by", nullable = false, updatable = false)
    private String enteredBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitmentStatus status;

    @Column(nullable = false)
    private int revision;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    /** Progress in percent as of the latest monthly record; 100 once closed out. */
    @Column(nullable = false)
    private int progress;

    /** First day of the latest month with a record. */
    @Column(name = "last_record_month")
    private LocalDate lastRecordMonth;

    /** The first day the item was late, set by the daily sweep; kept after close-out as its lateness. */
    @Column(name = "overdue_since")
    private LocalDate overdueSince;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    /**
     * The tree path of the unit the item belongs to (its owning organization, or the member's branch that
     * reviews it): a subtree's ledger is then a prefix of one indexed column of the item, not a join per item
     * to the unit tree. The unit tree rewrites it when a unit moves.
     */
    @Column(name = "unit_path", nullable = false, length = 1000)
    private String unitPath;

    /**
     * The owner's name (the person's, or the organization's), kept on the item like its unit path so that
     * the ledger sorts by it without a join per item; renaming the owner renames it here too.
     */
    @Column(name = "owner_name", nullable = false, length = 200)
    private String ownerName;

    /** The opaque identifier on the public board (see PublicKey); never the id. */
    @Column(name = "public_key", updatable = false)
    private String publicKey;

    @Version
    private long version;

    protected Commitment() {
    }

    private Commitment(int year, Person ownerPerson, OrgUnit ownerUnit, OrgUnit reviewingUnit, boolean oral,
            String enteredBy) {
        this.year = year;
        this.ownerPerson = ownerPerson;
        this.ownerUnit = ownerUnit;
        this.reviewingUnit = Objects.requireNonNull(reviewingUnit);
        this.unitPath = (ownerUnit != null ? ownerUnit : reviewingUnit).getTreePath();
        this.ownerName = ownerPerson != null ? ownerPerson.getName() : ownerUnit.getName();
        this.oral = oral;
        this.enteredBy = Objects.requireNonNull(enteredBy);
        this.status = CommitmentStatus.DRAFT;
        this.publicKey = PublicKey.random().value();
    }

    /** A person's own commitment, reviewed by their branch; {@code oral} when staff enter it for them. */
    public static Commitment ofPerson(Person owner, int year, CommitmentDraft draft, boolean oral, String enteredBy) {
        Commitment commitment = new Commitment(year, owner, null, owner.getOrgUnit(), oral, enteredBy);
        commitment.write(draft);
        return commitment;
    }

    /** An organization's collective commitment, reviewed by its superior. */
    public static Commitment ofUnit(OrgUnit owner, int year, CommitmentDraft draft, String enteredBy) {
        if (owner.getParent() == null) {
            throw new RuleViolation("commitment.topUnitHasNoReviewer", owner.getName());
        }
        Commitment commitment = new Commitment(year, null, owner, owner.getParent(), false, enteredBy);
        commitment.write(draft);
        return commitment;
    }

    /**
     * The owner changes the item. A registered or published item goes back to draft and through
     * review again; its publication date stays as the record of the earlier publication.
     */
    public void revise(CommitmentDraft draft) {
        if (!status.isEditableByOwner()) {
            throw new RuleViolation("commitment.notEditable", status);
        }
        write(draft);
        status = CommitmentStatus.DRAFT;
        overdueSince = null;
    }

    private void write(CommitmentDraft draft) {
        kind = Objects.requireNonNull(draft.kind(), "kind");
        form = draft.form() == null ? (ownerUnit == null ? CommitmentForm.PERSONAL : CommitmentForm.COLLECTIVE)
                : draft.form();
        category = draft.category() == null ? "" : draft.category().strip();
        content = draft.content() == null ? "" : draft.content().strip();
        measures = draft.measures() == null ? "" : draft.measures().strip();
        dueDate = draft.dueDate();
    }

    /**
     * The checks one item can make by itself: a known category, content and measures of
     * substance and different from each other, a deadline in the year and not already past.
     */
    public void checkItem(CommitmentRules rules, boolean divisionLevelCadre, LocalDate today) {
        if (!rules.categoriesFor(divisionLevelCadre).contains(category)) {
            throw new RuleViolation("commitment.unknownCategory", category, String.join("、",
                    rules.categoriesFor(divisionLevelCadre)));
        }
        if (content.length() < SHORTEST_TEXT) {
            throw new RuleViolation("commitment.contentTooVague", SHORTEST_TEXT);
        }
        if (measures.length() < SHORTEST_TEXT) {
            throw new RuleViolation("commitment.measuresTooVague", SHORTEST_TEXT);
        }
        if (content.length() > 1000 || measures.length() > 2000) {
            throw new RuleViolation("commitment.textTooLong");
        }
        if (content.equals(measures)) {
            throw new RuleViolation("commitment.measuresRepeatContent");
        }
        if (dueDate == null || dueDate.getYear() != year) {
            throw new RuleViolation("commitment.dueDateInYear", year);
        }
        if (dueDate.isBefore(today)) {
            throw new RuleViolation("commitment.dueDatePast", dueDate);
        }
    }

    /** Sends the item to its reviewer as a new revision, which the caller stores. */
    public CommitmentRevision submit(LocalDateTime now, String by) {
        if (!status.isSubmittable()) {
            throw new RuleViolation("commitment.notSubmittable", status);
        }
        revision++;
        status = CommitmentStatus.SUBMITTED;
        submittedAt = now;
        return new CommitmentRevision(this, revision, category, content, measures, dueDate, now, by);
    }

    /** The reviewer's decision on the revision under review; a return or rejection says why. */
    public ReviewDecision decide(ReviewOutcome outcome, String reason, String reviewer, LocalDateTime now) {
        if (status != CommitmentStatus.SUBMITTED) {
            throw new RuleViolation("commitment.notUnderReview", status);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (outcome != ReviewOutcome.APPROVE && why == null) {
            throw new RuleViolation("commitment.reasonRequired");
        }
        status = switch (outcome) {
            case APPROVE -> CommitmentStatus.REGISTERED;
            case RETURN -> CommitmentStatus.RETURNED;
            case REJECT -> CommitmentStatus.REJECTED;
        };
        return new ReviewDecision(this, revision, outcome, why, reviewer, now);
    }

    /** Makes a registered item public on the given day. */
    public void publish(LocalDate on) {
        if (status != CommitmentStatus.REGISTERED) {
            throw new RuleViolation("commitment.notRegistered", status);
        }
        status = CommitmentStatus.PUBLISHED;
        publishedOn = on;
    }

    /**
     * Takes a monthly record's progress. A month may not lie in the future or before the
     * commitment's year, and progress never goes back: a later month records at least the
     * progress of the latest record, a missed earlier month filled in afterwards at most that.
     */
    public void recordProgress(YearMonth month, int percent, LocalDate today) {
        requireFulfilling();
        if (month.isAfter(YearMonth.from(today))) {
            throw new RuleViolation("fulfilment.monthInFuture", month);
        }
        if (month.getYear() < year) {
            throw new RuleViolation("fulfilment.monthBeforeYear", month, year);
        }
        if (percent < 0 || percent > 100) {
            throw new RuleViolation("fulfilment.progressRange");
        }
        YearMonth latest = lastRecordMonth == null ? null : YearMonth.from(lastRecordMonth);
        if (latest == null || month.isAfter(latest)) {
            if (percent < progress) {
                throw new RuleViolation("fulfilment.progressWentBack", progress);
            }
            lastRecordMonth = month.atDay(1);
            progress = percent;
        } else if (month.equals(latest)) {
            progress = percent;
        } else if (percent > progress) {
            throw new RuleViolation("fulfilment.progressAboveLater", progress, latest);
        }
    }

    /** The owner reports the item done; the reviewer then closes it out or sends it back. */
    public void reportCompletion() {
        requireFulfilling();
        status = CommitmentStatus.COMPLETION_REPORTED;
    }

    /** Verified: the item is closed out (销号). An open rectification must be settled first. */
    public void closeOut(LocalDate on, boolean rectificationOpen) {
        requireCompletionReported();
        if (rectificationOpen) {
            throw new RuleViolation("closeOut.rectificationOpen");
        }
        status = CommitmentStatus.CLOSED;
        closedOn = on;
        progress = 100;
    }

    /** Not done after all: back to fulfilment, published again if it had been. */
    public void sendBackCompletion() {
        requireCompletionReported();
        status = publishedOn == null ? CommitmentStatus.REGISTERED : CommitmentStatus.PUBLISHED;
    }

    /** Whether a reviewer may still press the owner: approved and not yet closed out. */
    public boolean isOpenForRectification() {
        return status.isOpenForRectification();
    }

    private void requireFulfilling() {
        if (!status.isFulfilling()) {
            throw new RuleViolation("fulfilment.notInFulfilment", status);
        }
    }

    private void requireCompletionReported() {
        if (status != CommitmentStatus.COMPLETION_REPORTED) {
            throw new RuleViolation("closeOut.notReported", status);
        }
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("ownerPersonId", ownerPerson == null ? null : ownerPerson.getId());
        state.put("ownerUnitId", ownerUnit == null ? null : ownerUnit.getId());
        state.put("kind", kind);
        state.put("form", form);
        state.put("category", category);
        state.put("content", content);
        state.put("measures", measures);
        state.put("dueDate", dueDate == null ? null : dueDate.toString());
        state.put("oral", oral);
        state.put("status", status);
        state.put("revision", revision);
        state.put("publishedOn", publishedOn == null ? null : publishedOn.toString());
        state.put("progress", progress);
        state.put("closedOn", closedOn == null ? null : closedOn.toString());
        return state;
    }

    public PublicKey publicKey() {
        return new PublicKey(publicKey);
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public Person getOwnerPerson() {
        return ownerPerson;
    }

    public OrgUnit getOwnerUnit() {
        return ownerUnit;
    }

    public OrgUnit getReviewingUnit() {
        return reviewingUnit;
    }

    public CommitmentKind getKind() {
        return kind;
    }

    public CommitmentForm getForm() {
        return form;
    }

    public String getCategory() {
        return category;
    }

    public String getContent() {
        return content;
    }

    public String getMeasures() {
        return measures;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isOral() {
        return oral;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public CommitmentStatus getStatus() {
        return status;
    }

    public int getRevision() {
        return revision;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public int getProgress() {
        return progress;
    }

    public LocalDate getLastRecordMonth() {
        return lastRecordMonth;
    }

    public LocalDate getOverdueSince() {
        return overdueSince;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    /** Whose item this is: a person's, or an organization's own. */
    public CommitmentOwner owner() {
        return ownerPerson != null ? CommitmentOwner.person(ownerPerson.getId())
                : CommitmentOwner.organization(ownerUnit.getId());
    }

    /** The owner's name: the person's, or the organization's. */
    public String ownerName() {
        return ownerPerson != null ? ownerPerson.getName() : ownerUnit.getName();
    }

    /** The organization the owner belongs to: the person's branch, or the organization itself. */
    public String ownerUnitName() {
        return ownerPerson != null ? ownerPerson.getOrgUnit().getName() : ownerUnit.getName();
    }

    public long getVersion() {
        return version;
    }
}
