package org.jiannuo.domain.model.stars;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.publicity.Objection;
import org.jiannuo.domain.model.publicity.ObjectionStatus;
import org.jiannuo.domain.model.publicity.ObjectionTally;
import org.jiannuo.domain.model.publicity.PublicityPeriod;

/**
 * An objection against a member's published year-end stars (三评两公开, seed 003: the results are publicized before
 * the stars are finally determined): it holds the rating under objection until the township that confirmed the
 * appraisal answers, upholding the stars or changing them per aspect, within the member's cap and the quotas, with a
 * reason. Its value is the stars per aspect, named by their code ({@code 2,2,2,1,1}).
 */
@Entity
@Table(name = "star_objection")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class StarObjection extends Objection<AspectStars> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "star_rating_id", nullable = false, updatable = false)
    private StarRating rating;

    @Column(name = "stars_before", nullable = false, updatable = false)
    private String starsBefore;

    @Column(name = "stars_after")
    private String starsAfter;

    protected StarObjection() {
    }

    private StarObjection(StarRating rating, PublicityPeriod period, String text, String by, String addressHash,
            LocalDateTime now) {
        super(rating.isPublished(), period, text, by, addressHash, now);
        this.rating = rating;
        this.starsBefore = rating.getStars().code();
        holdTarget();
    }

    /**
     * Lodges an objection against a published rating; refused before it is published and once the publicity period
     * is over. {@code by} is null when it comes from the public board.
     */
    public static StarObjection lodge(StarRating rating, PublicityPeriod period, String text, String by,
            String addressHash, LocalDateTime now) {
        return new StarObjection(rating, period, text, by, addressHash, now);
    }

    /**
     * The township's answer by the stars' code: within the member's cap and, when they rise, the quotas (the
     * appraisal's rule), then upheld if the stars are the same, changed otherwise; always with a reason.
     */
    public void answer(StarCap cap, List<StarQuota> quotas, String starsCode, String reason, String by,
            LocalDateTime now) {
        AspectStars given = parse(starsCode);
        if (given != null && getStatus() == ObjectionStatus.OPEN) {
            rating.getAppraisal().requireReconsidered(rating, cap, quotas, given);
        }
        decide(given, reason, by, now);
    }

    @Override
    public AspectStars current() {
        return rating.getStars();
    }

    @Override
    public AspectStars before() {
        return AspectStars.parse(starsBefore);
    }

    @Override
    public AspectStars after() {
        return AspectStars.parse(starsAfter);
    }

    @Override
    protected AspectStars parse(String name) {
        return AspectStars.parse(name);
    }

    @Override
    protected String name(AspectStars value) {
        return value == null ? null : value.code();
    }

    /** Changed stars keep the answer's reason in place of the committee's. */
    @Override
    protected int longestReason() {
        return StarRating.LONGEST_REASON;
    }

    @Override
    protected void settle(AspectStars stars, String reason, String by, LocalDateTime now) {
        starsAfter = stars.code();
        rating.objectionSettled(stars, reason);
    }

    @Override
    protected ObjectionTally tally() {
        return rating.objections();
    }

    @Override
    protected Map<String, Object> subject() {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("subject", rating.getPerson().getName());
        subject.put("year", rating.getYear());
        return subject;
    }

    public StarRating getRating() {
        return rating;
    }
}
