package org.jiannuo.domain.model.ballot;

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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A secret ballot on some occasion: what is decided (the title and the subjects), by whom (the
 * eligibility its owner answers for), on which scale, and the rules every occasion shares: it opens
 * once, electronic ballots are cast only while it is open, a paper ballot's counts are entered
 * instead, and results are shown only after it closes and only when at least the minimum of ballots
 * was cast. Who voted is a set of keyed receipts and spent codes; what they chose is sealed until the
 * count at close. Nothing here names a voter.
 */
@Entity
@Table(name = "ballot_occasion")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class Occasion {

    /** The most participation codes one issue prints. */
    public static final int MOST_CODES_AT_ONCE = 500;

    @Id
    @SequenceGenerator(name = "ballot_occasion_seq", sequenceName = "ballot_occasion_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ballot_occasion_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false, updatable = false)
    private OccasionOwner owner;

    /** The meeting whose ballot this is; none for a unit's own occasion (the unit is {@link #unit}). */
    @Column(name = "owner_id", updatable = false)
    private Long ownerId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    private OrgUnit unit;

    @Column(nullable = false, updatable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Scale scale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Eligibility eligibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "voting_mode", nullable = false, updatable = false)
    private VotingMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OccasionState state;

    @Column(name = "minimum_ballots", nullable = false, updatable = false)
    private int minimumBallots;

    @Column(name = "paper_ballots", nullable = false)
    private int paperBallots;

    @Column(name = "codes_issued", nullable = false)
    private int codesIssued;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected Occasion() {
    }

    public static Occasion prepare(OccasionOwner owner, Long ownerId, OrgUnit unit, String title, Scale scale,
            Eligibility eligibility, VotingMode mode, int minimumBallots, String by, LocalDateTime at) {
        if (title == null || title.isBlank()) {
            throw new RuleViolation("occasion.titleRequired");
        }
        if (title.strip().length() > 200) {
            throw new RuleViolation("occasion.titleTooLong", 200);
        }
        if (scale == null || eligibility == null || mode == null) {
            throw new RuleViolation("occasion.incomplete");
        }
        if (eligibility == Eligibility.PARTICIPATION_CODES && mode == VotingMode.PAPER) {
            throw new RuleViolation("occasion.codesAreElectronic");
        }
        if ((owner == OccasionOwner.MEETING) != (ownerId != null)) {
            throw new IllegalArgumentException("A meeting's occasion names its meeting, a unit's none");
        }
        if (minimumBallots < 1) {
            throw new RuleViolation("occasion.minimumBallots");
        }
        Occasion occasion = new Occasion();
        occasion.owner = owner;
        occasion.ownerId = ownerId;
        occasion.unit = unit;
        occasion.title = title.strip();
        occasion.scale = scale;
        occasion.eligibility = eligibility;
        occasion.mode = mode;
        occasion.minimumBallots = minimumBallots;
        occasion.state = OccasionState.PREPARED;
        occasion.createdBy = by;
        occasion.createdAt = at;
        return occasion;
    }

    public void open() {
        if (state != OccasionState.PREPARED) {
            throw new RuleViolation("ballot.alreadyOpened");
        }
        if (eligibility == Eligibility.PARTICIPATION_CODES && codesIssued == 0) {
            throw new RuleViolation("occasion.noCodes");
        }
        state = OccasionState.OPEN;
    }

    /** Ballots are cast on a phone or PC only while an electronic ballot is open. */
    public void requireVoting() {
        if (state != OccasionState.OPEN || mode != VotingMode.ELECTRONIC) {
            throw new RuleViolation("ballot.notOpenForVoting");
        }
    }

    /** Codes are printed before or while the occasion is open, for occasions that take them. */
    public void issueCodes(int count) {
        if (eligibility != Eligibility.PARTICIPATION_CODES) {
            throw new RuleViolation("occasion.noCodesHere");
        }
        if (state == OccasionState.CLOSED) {
            throw new RuleViolation("ballot.notOpen");
        }
        if (count < 1 || count > MOST_CODES_AT_ONCE) {
            throw new RuleViolation("occasion.codeCount", MOST_CODES_AT_ONCE);
        }
        codesIssued += count;
    }

    /** The staff enter a paper ballot's counts while it is open; entering them again replaces them. */
    public void recordPaperBallots(int ballots, int voters) {
        if (state != OccasionState.OPEN || mode != VotingMode.PAPER) {
            throw new RuleViolation("ballot.notPaper");
        }
        if (ballots < 1 || ballots > voters) {
            throw new RuleViolation("ballot.paperCountRange", ballots, voters);
        }
        paperBallots = ballots;
    }

    public void close() {
        if (state != OccasionState.OPEN) {
            throw new RuleViolation("ballot.notOpen");
        }
        if (mode == VotingMode.PAPER && paperBallots == 0) {
            throw new RuleViolation("ballot.paperNotEntered");
        }
        state = OccasionState.CLOSED;
    }

    public void requireClosed() {
        if (state != OccasionState.CLOSED) {
            throw new RuleViolation("ballot.notClosed");
        }
    }

    /** Fewer ballots than the minimum would let voters read each other's choices off the counts. */
    public boolean showsResultsOf(int ballots) {
        return state == OccasionState.CLOSED && ballots >= minimumBallots;
    }

    /**
     * What a voter's receipt is keyed on besides the tenant and the person. A meeting's ballot keeps
     * the meeting's id, as its receipts always had; other occasions their own.
     */
    public String receiptScope() {
        return owner == OccasionOwner.MEETING ? String.valueOf(ownerId) : "occasion-" + id;
    }

    /** What a sealed ballot is bound to: it opens only for this occasion of this tenant. */
    public String sealContext(String tenantCode) {
        return "ballot:" + tenantCode + ":" + id;
    }

    public Long getId() {
        return id;
    }

    public OccasionOwner getOwner() {
        return owner;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public String getTitle() {
        return title;
    }

    public Scale getScale() {
        return scale;
    }

    public Eligibility getEligibility() {
        return eligibility;
    }

    public VotingMode getMode() {
        return mode;
    }

    public OccasionState getState() {
        return state;
    }

    public int getMinimumBallots() {
        return minimumBallots;
    }

    public int getPaperBallots() {
        return paperBallots;
    }

    public int getCodesIssued() {
        return codesIssued;
    }

    public long getVersion() {
        return version;
    }
}
