package org.jiannuo.domain.model.stars;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.ballot.OccasionState;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.BoundedText;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A village branch's year-end star appraisal, "three appraisals, two publications" (三评两公开, seed 003): the members
 * assess their own stars, appraise each other in secret and are appraised by the masses with participation codes
 * (two occasions of the ballot engine, opened, voted on and closed as any occasion); the branch committee then rates
 * every member's stars per aspect within their cap and the year's quotas, the township reviews the rating first,
 * confirming it (the result is published, its publicity running from that day) or returning it with a reason.
 */
@Entity
@Table(name = "star_appraisal")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class StarAppraisal {

    static final int LONGEST_REASON = 1000;

    @Id
    @SequenceGenerator(name = "star_appraisal_seq", sequenceName = "star_appraisal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "star_appraisal_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    private OrgUnit unit;

    @Column(name = "appraisal_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StarAppraisalState state = StarAppraisalState.SELF;

    @Column(name = "peer_occasion_id", nullable = false, updatable = false)
    private long peerOccasionId;

    @Column(name = "mass_occasion_id", nullable = false, updatable = false)
    private long massOccasionId;

    @OneToMany(mappedBy = "appraisal", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<StarRating> ratings = new ArrayList<>();

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;

    /** The township's reason the last time it returned the rating; empty otherwise. */
    @Column(name = "returned_reason", nullable = false)
    private String returnedReason = "";

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Version
    private long version;

    protected StarAppraisal() {
    }

    /** The branch's appraisal of a year that has begun, with its two occasions prepared on the ballot engine. */
    public StarAppraisal(OrgUnit unit, int year, LocalDate today, long peerOccasionId, long massOccasionId) {
        if (year > today.getYear()) {
            throw new RuleViolation("starAppraisal.yearNotBegun", year);
        }
        this.unit = unit;
        this.year = year;
        this.peerOccasionId = peerOccasionId;
        this.massOccasionId = massOccasionId;
    }

    /** Puts a member on the appraisal under the cap of the category they are appraised in. */
    public StarRating enrol(Person member, StarCap cap) {
        requireState(StarAppraisalState.SELF);
        if (!member.getOrgUnit().getId().equals(unit.getId())) {
            throw new RuleViolation("starAppraisal.notInBranch", member.getName());
        }
        if (member.getVillageCategory() == null) {
            throw new RuleViolation("stars.notVillageMember", member.getName());
        }
        if (ratingOf(member).isPresent()) {
            throw new IllegalArgumentException("Already on the appraisal: " + member.getId());
        }
        StarRating rating = new StarRating(this, member, member.getVillageCategory(), cap.cap());
        ratings.add(rating);
        return rating;
    }

    /** The member's own stars per aspect, within their cap, while the members assess themselves. */
    public StarRating assessSelf(Person member, StarCap cap, AspectStars own, LocalDateTime at) {
        requireState(StarAppraisalState.SELF);
        StarRating rating = requireRating(member);
        rating.assessSelf(cap.check(own), at);
        return rating;
    }

    /**
     * The next appraisal: the self-assessment ends and the peer appraisal begins; the mass appraisal follows the
     * closed peer ballot, the committee's rating the closed mass ballot.
     */
    public void advance(OccasionState peer, OccasionState mass) {
        switch (state) {
            case SELF -> state = StarAppraisalState.PEER;
            case PEER -> {
                requireClosed(peer, "starAppraisal.peerOpen");
                state = StarAppraisalState.MASS;
            }
            case MASS -> {
                requireClosed(mass, "starAppraisal.massOpen");
                state = StarAppraisalState.RATING;
            }
            default -> throw new RuleViolation("starAppraisal.cannotAdvance", state.name());
        }
    }

    private static void requireClosed(OccasionState occasion, String rule) {
        if (occasion != OccasionState.CLOSED) {
            throw new RuleViolation(rule);
        }
    }

    /** The branch committee rates a member: stars per aspect within their cap, with an optional reason. */
    public StarRating rate(Person member, StarCap cap, AspectStars stars, String reason, String by,
            LocalDateTime at) {
        requireState(StarAppraisalState.RATING);
        StarRating rating = requireRating(member);
        if (cap.cap() != rating.getCap()) {
            throw new IllegalArgumentException("Rated under another cap than the member was appraised in");
        }
        rating.rate(cap.check(stars), reason, by, at);
        return rating;
    }

    /** Sends the rating to the township: every member rated, and within every quota. */
    public void submit(List<StarQuota> quotas, String by, LocalDateTime at) {
        requireState(StarAppraisalState.RATING);
        List<String> unrated = ratings.stream().filter(rating -> !rating.isRated())
                .map(rating -> rating.getPerson().getName()).toList();
        if (!unrated.isEmpty()) {
            throw new RuleViolation("starAppraisal.unrated", String.join("、", unrated));
        }
        requireQuotas(quotas, null, 0);
        state = StarAppraisalState.FIRST_REVIEW;
        submittedBy = by;
        submittedAt = at;
    }

    /**
     * Whether a published member's stars may become these, answering an objection: within their cap (per aspect and
     * in total) and, when the total rises, within every quota as at the submission (fewer stars keep every quota).
     */
    public void requireReconsidered(StarRating rating, StarCap cap, List<StarQuota> quotas, AspectStars given) {
        if (!isPublished() || rating.getAppraisal() != this) {
            throw new RuleViolation("objection.notPublished");
        }
        if (cap.cap() != rating.getCap()) {
            throw new IllegalArgumentException("Rated under another cap than the member was appraised in");
        }
        cap.check(given);
        if (given.total() > rating.getTotal()) {
            requireQuotas(quotas, rating, given.total());
        }
    }

    /** Every quota kept by the ratings, with {@code changed}'s total taken as {@code changedTotal} if there is one. */
    private void requireQuotas(List<StarQuota> quotas, StarRating changed, int changedTotal) {
        for (StarQuota quota : quotas) {
            List<StarRating> group = ratings.stream().filter(quota::governs).toList();
            quota.require((int) group.stream().filter(rating -> (rating == changed ? changedTotal : rating.getTotal())
                    >= quota.threshold()).count(), group.size());
        }
    }

    /**
     * The township's first review: confirmed, the result is published from today; returned, the branch rates
     * again, told why.
     */
    public void review(boolean confirmed, String reason, String by, LocalDateTime at) {
        requireState(StarAppraisalState.FIRST_REVIEW);
        String why = BoundedText.of(reason, LONGEST_REASON, "starAppraisal.reasonTooLong");
        if (!confirmed && why.isEmpty()) {
            throw new RuleViolation("starAppraisal.reasonRequired");
        }
        reviewedBy = by;
        reviewedAt = at;
        if (confirmed) {
            state = StarAppraisalState.PUBLISHED;
            publishedOn = at.toLocalDate();
        } else {
            state = StarAppraisalState.RATING;
            returnedReason = why;
        }
    }

    public Optional<StarRating> ratingOf(Person member) {
        return ratings.stream().filter(rating -> rating.getPerson().getId().equals(member.getId())).findFirst();
    }

    private StarRating requireRating(Person member) {
        return ratingOf(member).orElseThrow(() -> new RuleViolation("starAppraisal.notOnAppraisal", member.getName()));
    }

    private void requireState(StarAppraisalState expected) {
        if (state != expected) {
            throw new RuleViolation("starAppraisal.wrongStep", state.name());
        }
    }

    public boolean isPublished() {
        return state == StarAppraisalState.PUBLISHED;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("year", year);
        audit.put("state", state.name());
        ratings.stream().filter(StarRating::isRated)
                .forEach(rating -> audit.put("rating." + rating.getPerson().getId(), rating.getTotal()));
        audit.put("returnedReason", returnedReason);
        return audit;
    }

    public Long getId() {
        return id;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public int getYear() {
        return year;
    }

    public StarAppraisalState getState() {
        return state;
    }

    public long getPeerOccasionId() {
        return peerOccasionId;
    }

    public long getMassOccasionId() {
        return massOccasionId;
    }

    public List<StarRating> getRatings() {
        return List.copyOf(ratings);
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public LocalDateTime getReviewedAt() {
        return reviewedAt;
    }

    public String getReturnedReason() {
        return returnedReason;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public long getVersion() {
        return version;
    }
}
