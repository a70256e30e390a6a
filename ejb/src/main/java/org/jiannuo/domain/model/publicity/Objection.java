package org.jiannuo.domain.model.publicity;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * An objection (异议) against something published on the board, lodged by anyone on the public board or by a member
 * inside the application while its publicity period lasts (三公示, seed 004; the year-end results go through the same
 * publicity). It holds its target under objection until it is answered: the target's value is upheld or changed,
 * always with a reason. Each kind of target adds its own link and its value before and after; the rules of lodging
 * and answering are these, once.
 *
 * <p>All kinds draw their ids from one sequence, so that an id names one objection whatever its kind: the
 * answering screen and API address objections by id alone.
 *
 * @param <V> the target's value: a grade or a year-end result of their scales, or a star rating's stars per aspect;
 *            a value of its own kind, compared by {@code equals}, and named for screens and the API by the subclass
 */
@MappedSuperclass
public abstract class Objection<V> {

    public static final int LONGEST_TEXT = 1000;
    public static final int LONGEST_REASON = 1000;

    @Id
    @SequenceGenerator(name = "objection_seq", sequenceName = "grade_objection_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "objection_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String text;

    /** The account that lodged it inside the application; null for an objection from the public board. */
    @Column(name = "lodged_by", updatable = false)
    private String lodgedBy;

    /** The keyed hash of the sender's address, counted against the hourly limit; the address is not kept. */
    @Column(name = "address_hash", updatable = false)
    private String addressHash;

    @Column(name = "lodged_at", nullable = false, updatable = false)
    private LocalDateTime lodgedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ObjectionStatus status;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Version
    private long version;

    protected Objection() {
    }

    /**
     * Lodges an objection against a target: refused unless it is published and its publicity period lasts.
     * {@code by} is null when it comes from the public board.
     */
    protected Objection(boolean published, PublicityPeriod period, String text, String by, String addressHash,
            LocalDateTime now) {
        if (!published) {
            throw new RuleViolation("objection.notPublished");
        }
        if (!period.includes(now.toLocalDate())) {
            throw new RuleViolation("objection.afterPublicity", period.lastDay());
        }
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new RuleViolation("objection.textRequired");
        }
        if (stripped.length() > LONGEST_TEXT) {
            throw new RuleViolation("objection.textTooLong", LONGEST_TEXT);
        }
        this.text = stripped;
        this.lodgedBy = by;
        this.addressHash = addressHash;
        this.lodgedAt = now;
        this.status = ObjectionStatus.OPEN;
    }

    /** The answer: the same value upholds the target, another changes it; a reason is always written. */
    public void decide(V value, String reason, String by, LocalDateTime now) {
        if (status != ObjectionStatus.OPEN) {
            throw new RuleViolation("objection.alreadyDecided");
        }
        if (value == null) {
            throw new RuleViolation("objection.gradeRequired");
        }
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty()) {
            throw new RuleViolation("objection.reasonRequired");
        }
        if (stripped.length() > longestReason()) {
            throw new RuleViolation("objection.reasonTooLong", longestReason());
        }
        status = value.equals(current()) ? ObjectionStatus.UPHELD : ObjectionStatus.CHANGED;
        decisionReason = stripped;
        decidedBy = by;
        decidedAt = now;
        settle(value, stripped, by, now);
        tally().answered(now);
    }

    /** The answer given by the value's name, as a screen or the API sends it; a name of no value is no value. */
    public void decideByName(String valueName, String reason, String by, LocalDateTime now) {
        decide(valueName == null ? null : parse(valueName), reason, by, now);
    }

    /** The value's name before the objection, as the screens and the API show it. */
    public String beforeName() {
        return name(before());
    }

    /** The value's name now. */
    public String currentName() {
        return name(current());
    }

    /** The constant of an enum scale of this name; none for any other name. */
    protected static <E extends Enum<E>> E named(Class<E> scale, String name) {
        for (E candidate : scale.getEnumConstants()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        return null;
    }

    /** The target's value now. */
    public abstract V current();

    /** The value when the objection was lodged. */
    public abstract V before();

    /** The value the answer gave; null while open. */
    public abstract V after();

    /** The value of this name; null when the name names none. */
    protected abstract V parse(String name);

    /** The value's name, which {@link #parse} reads back. */
    protected abstract String name(V value);

    /** How long a reason the target keeps with a changed value. */
    protected int longestReason() {
        return LONGEST_REASON;
    }

    /** The target takes the answer's value (changed or not); the subclass keeps it as the answer's. */
    protected abstract void settle(V value, String reason, String by, LocalDateTime now);

    /** The target's tally of objections. */
    protected abstract ObjectionTally tally();

    /** Once the subclass has its target: the target is under objection until this one is answered. */
    protected final void holdTarget() {
        tally().lodged();
    }

    /** Who or what it is about, for the audit trail. */
    protected abstract Map<String, Object> subject();

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>(subject());
        state.put("status", status);
        state.put("before", name(before()));
        state.put("after", name(after()));
        state.put("reason", decisionReason);
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public String getLodgedBy() {
        return lodgedBy;
    }

    public LocalDateTime getLodgedAt() {
        return lodgedAt;
    }

    public ObjectionStatus getStatus() {
        return status;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }
}
