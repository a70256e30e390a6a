package org.jiannuo.domain.model.stars;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.publicity.ObjectionTally;
import org.jiannuo.domain.model.publicity.PublicKey;
import org.jiannuo.domain.model.shared.BoundedText;

/**
 * One village member's year-end stars: their own assessment per aspect and the branch committee's rating per
 * aspect, both under the cap of the category they were appraised in (kept, so a later change of category or rule
 * does not rewrite a published year). The total is stored because the star list and the follow-up read it.
 */
@Entity
@Table(name = "star_rating")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class StarRating {

    static final int LONGEST_REASON = 1000;

    @Id
    @SequenceGenerator(name = "star_rating_seq", sequenceName = "star_rating_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "star_rating_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "appraisal_id", nullable = false, updatable = false)
    private StarAppraisal appraisal;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    private OrgUnit unit;

    @Column(name = "rating_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private VillageCategory category;

    @Column(name = "star_cap", nullable = false, updatable = false)
    private int cap;

    /** The member's own assessment; none until they assess themselves. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ideology", column = @Column(name = "self_ideology", nullable = false)),
            @AttributeOverride(name = "law", column = @Column(name = "self_law", nullable = false)),
            @AttributeOverride(name = "customs", column = @Column(name = "self_customs", nullable = false)),
            @AttributeOverride(name = "liaison", column = @Column(name = "self_liaison", nullable = false)),
            @AttributeOverride(name = "post", column = @Column(name = "self_post", nullable = false)) })
    private AspectStars selfStars = AspectStars.none();

    @Column(name = "self_assessed_at")
    private LocalDateTime selfAssessedAt;

    /** The branch committee's rating; the member's stars of the year once published. */
    @Embedded
    private AspectStars stars = AspectStars.none();

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private String reason = "";

    @Column(name = "rated_by")
    private String ratedBy;

    @Column(name = "rated_at")
    private LocalDateTime ratedAt;

    /** The opaque identifier of the published rating on the public board (see PublicKey); never the id. */
    @Column(name = "public_key", updatable = false)
    private String publicKey;

    /** The objections lodged during publicity: the rating is under objection while one is open. */
    @Embedded
    private ObjectionTally objections = new ObjectionTally();

    @Version
    private long version;

    protected StarRating() {
    }

    StarRating(StarAppraisal appraisal, Person person, VillageCategory category, int cap) {
        this.appraisal = appraisal;
        this.person = person;
        this.unit = appraisal.getUnit();
        this.year = appraisal.getYear();
        this.category = category;
        this.cap = cap;
        this.publicKey = PublicKey.random().value();
    }

    void assessSelf(AspectStars own, LocalDateTime at) {
        selfStars = own;
        selfAssessedAt = at;
    }

    void rate(AspectStars given, String why, String by, LocalDateTime at) {
        stars = given;
        total = given.total();
        reason = BoundedText.of(why, LONGEST_REASON, "starAppraisal.reasonTooLong");
        ratedBy = by;
        ratedAt = at;
    }

    /**
     * The township answered an objection: the published stars may change (with the answer's reason in place of the
     * committee's) although they are published, because publicity exists for this; the cap was checked before.
     */
    void objectionSettled(AspectStars given, String why) {
        if (!given.equals(stars)) {
            stars = given;
            total = given.total();
            reason = why;
        }
    }

    public ObjectionTally objections() {
        return objections;
    }

    public PublicKey publicKey() {
        return new PublicKey(publicKey);
    }

    public boolean isPublished() {
        return appraisal.isPublished();
    }

    public boolean isSelfAssessed() {
        return selfAssessedAt != null;
    }

    public boolean isRated() {
        return ratedAt != null;
    }

    public Long getId() {
        return id;
    }

    public StarAppraisal getAppraisal() {
        return appraisal;
    }

    public Person getPerson() {
        return person;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public int getYear() {
        return year;
    }

    public VillageCategory getCategory() {
        return category;
    }

    public int getCap() {
        return cap;
    }

    public AspectStars getSelfStars() {
        return selfStars;
    }

    public LocalDateTime getSelfAssessedAt() {
        return selfAssessedAt;
    }

    public AspectStars getStars() {
        return stars;
    }

    public int getTotal() {
        return total;
    }

    public String getReason() {
        return reason;
    }

    public String getRatedBy() {
        return ratedBy;
    }

    public LocalDateTime getRatedAt() {
        return ratedAt;
    }

    public long getVersion() {
        return version;
    }
}
