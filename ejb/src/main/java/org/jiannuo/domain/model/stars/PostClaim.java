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
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A post a member claims for the year (设岗定责, seed 003: "at least 1 claims"): one of the basic posts or one
 * their township defined, with what they will do in it.
 */
@Entity
@Table(name = "post_claim")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class PostClaim {

    static final int LONGEST_DUTY = 500;

    @Id
    @SequenceGenerator(name = "post_claim_seq", sequenceName = "post_claim_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_claim_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(name = "claim_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "basic_post", updatable = false)
    private BasicPost basicPost;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "duty_post_id", updatable = false)
    private DutyPost dutyPost;

    @Column(nullable = false, updatable = false)
    private String duty;

    @Column(name = "claimed_on", nullable = false, updatable = false)
    private LocalDate claimedOn;

    protected PostClaim() {
    }

    public static PostClaim ofBasic(Person person, int year, BasicPost post, String duty, LocalDate today) {
        PostClaim claim = new PostClaim(person, year, duty, today);
        claim.basicPost = post;
        return claim;
    }

    /** Claims a township's post; one not offered in the member's village is refused. */
    public static PostClaim ofDefined(Person person, int year, DutyPost post, String duty, LocalDate today) {
        if (!post.isOfferedIn(person.getOrgUnit())) {
            throw new RuleViolation("stars.postNotOffered", post.getName());
        }
        PostClaim claim = new PostClaim(person, year, duty, today);
        claim.dutyPost = post;
        return claim;
    }

    private PostClaim(Person person, int year, String dutyText, LocalDate today) {
        String text = dutyText == null ? "" : dutyText.strip();
        if (text.isEmpty() || text.length() > LONGEST_DUTY) {
            throw new RuleViolation("stars.claimDuty", LONGEST_DUTY);
        }
        this.person = person;
        this.year = year;
        this.duty = text;
        this.claimedOn = today;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("basicPost", basicPost == null ? null : basicPost.name());
        state.put("dutyPost", dutyPost == null ? null : dutyPost.getName());
        state.put("duty", duty);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public int getYear() {
        return year;
    }

    /** The basic post claimed, or null when it is a township's. */
    public BasicPost getBasicPost() {
        return basicPost;
    }

    public DutyPost getDutyPost() {
        return dutyPost;
    }

    public String getDuty() {
        return duty;
    }

    public LocalDate getClaimedOn() {
        return claimedOn;
    }
}
