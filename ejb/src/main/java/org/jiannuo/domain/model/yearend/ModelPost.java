package org.jiannuo.domain.model.yearend;

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
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A party member model post (党员示范岗, seed 000: "those rated excellent should be identified as party member
 * demonstration posts"): an excellent member of a published year-end evaluation, designated by the branch or a
 * superior under a post title, named with the issuing organization on the certificate. Once per member and year.
 */
@Entity
@Table(name = "year_end_model_post")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class ModelPost {

    static final int LONGEST_TITLE = 60;
    static final int LONGEST_ISSUER = 200;

    @Id
    @SequenceGenerator(name = "year_end_model_post_seq", sequenceName = "year_end_model_post_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "year_end_model_post_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_evaluation_id", nullable = false, updatable = false)
    private MemberEvaluation member;

    @Column(name = "post_title", nullable = false)
    private String title;

    /** The issuing organization's name as the certificate prints it, kept as it was on the day. */
    @Column(nullable = false, updatable = false)
    private String issuer;

    @Column(name = "designated_by", nullable = false, updatable = false)
    private String designatedBy;

    @Column(name = "designated_at", nullable = false, updatable = false)
    private LocalDateTime designatedAt;

    @Version
    private long version;

    protected ModelPost() {
    }

    /** Designates an excellent member of a published evaluation, under a post title. */
    public static ModelPost designate(MemberEvaluation member, String title, String issuer, String by,
            LocalDateTime at) {
        if (member.publishedGrade() != AnnualGrade.EXCELLENT) {
            throw new RuleViolation("reward.notExcellent", member.getPerson().getName());
        }
        String cleaned = title == null ? "" : title.strip();
        if (cleaned.isEmpty()) {
            throw new RuleViolation("reward.titleRequired");
        }
        if (cleaned.length() > LONGEST_TITLE) {
            throw new RuleViolation("reward.titleTooLong", LONGEST_TITLE);
        }
        if (issuer == null || issuer.isBlank() || issuer.length() > LONGEST_ISSUER) {
            throw new IllegalArgumentException("An issuing organization's name of 1 to " + LONGEST_ISSUER
                    + " characters: " + issuer);
        }
        ModelPost post = new ModelPost();
        post.member = member;
        post.title = cleaned;
        post.issuer = issuer;
        post.designatedBy = by;
        post.designatedAt = at;
        return post;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", title);
        state.put("issuer", issuer);
        return state;
    }

    public Long getId() {
        return id;
    }

    public MemberEvaluation getMember() {
        return member;
    }

    public String getTitle() {
        return title;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getDesignatedBy() {
        return designatedBy;
    }

    public LocalDateTime getDesignatedAt() {
        return designatedAt;
    }

    public long getVersion() {
        return version;
    }
}
