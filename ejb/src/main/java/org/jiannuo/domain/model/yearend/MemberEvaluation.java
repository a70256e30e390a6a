package org.jiannuo.domain.model.yearend;

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
import org.jiannuo.domain.model.publicity.ObjectionTally;
import org.jiannuo.domain.model.publicity.PublicKey;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * One member's line of a branch's year-end evaluation: the leader's comment (the branch secretary's on a member,
 * the superior secretary's on the branch secretary, seed 001), the suggested result when the branch proposed,
 * the proposed result and the reason for going against the suggestion. The ballots' counts are the engine's,
 * under the member's subject key.
 */
@Entity
@Table(name = "year_end_member")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class MemberEvaluation {

    static final int LONGEST_COMMENT = 1000;

    @Id
    @SequenceGenerator(name = "year_end_member_seq", sequenceName = "year_end_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "year_end_member_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "branch_evaluation_id", nullable = false, updatable = false)
    private BranchEvaluation branch;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    /** The branch's secretary when the evaluation began: the superior's secretary comments on them. */
    @Column(name = "branch_secretary", nullable = false, updatable = false)
    private boolean branchSecretary;

    @Column(name = "leader_comment")
    private String comment;

    @Column(name = "commented_by")
    private String commentedBy;

    @Column(name = "commented_at")
    private LocalDateTime commentedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_grade")
    private AnnualGrade suggested;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_grade")
    private AnnualGrade proposed;

    @Column(name = "proposal_reason")
    private String reason;

    /** The opaque identifier of the published result on the public board (see PublicKey); never the id. */
    @Column(name = "public_key", updatable = false)
    private String publicKey;

    /** The objections lodged during publicity: the result is under objection while one is open. */
    @Embedded
    private ObjectionTally objections = new ObjectionTally();

    @Version
    private long version;

    protected MemberEvaluation() {
    }

    public MemberEvaluation(BranchEvaluation branch, Person person, boolean branchSecretary) {
        this.branch = branch;
        this.person = person;
        this.branchSecretary = branchSecretary;
        this.publicKey = PublicKey.random().value();
    }

    /** The member's key on the papers of the branch's three occasions. */
    public static String subjectKey(long personId) {
        return "P" + personId;
    }

    /** The leader's comment, while the branch evaluates; a second comment replaces the first. */
    public void comment(String text, String by, LocalDateTime at) {
        branch.requireEvaluating();
        String cleaned = text == null ? "" : text.strip();
        if (cleaned.isEmpty()) {
            throw new RuleViolation("yearEnd.commentRequired");
        }
        if (cleaned.length() > LONGEST_COMMENT) {
            throw new RuleViolation("yearEnd.commentTooLong", LONGEST_COMMENT);
        }
        comment = cleaned;
        commentedBy = by;
        commentedAt = at;
    }

    /** The proposed result; against the suggestion only with a written reason. */
    void propose(AnnualGrade grade, AnnualGrade suggestion, String why) {
        if (grade == null) {
            throw new RuleViolation("yearEnd.gradeRequired", person.getName());
        }
        String cleaned = why == null ? "" : why.strip();
        if (grade != suggestion && cleaned.isEmpty()) {
            throw new RuleViolation("yearEnd.reasonAgainstSuggestion", person.getName());
        }
        if (cleaned.length() > BranchEvaluation.LONGEST_REASON) {
            throw new RuleViolation("yearEnd.reasonTooLong", BranchEvaluation.LONGEST_REASON);
        }
        proposed = grade;
        suggested = suggestion;
        reason = cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * The superior answered an objection: the published result may change (with the reason, in place of the
     * proposal's) although it is confirmed and published, because publicity exists for this.
     */
    void objectionSettled(AnnualGrade result, String why) {
        if (result != proposed) {
            proposed = result;
            reason = why;
        }
    }

    /** The result as published: the confirmed proposal, or what an answered objection made of it. */
    public AnnualGrade result() {
        return proposed;
    }

    public ObjectionTally objections() {
        return objections;
    }

    public int getOpenObjections() {
        return objections.open();
    }

    public boolean isReviewed() {
        return objections.isReviewed();
    }

    public PublicKey publicKey() {
        return new PublicKey(publicKey);
    }

    /**
     * The member's published result, the ground of the reward (奖诺): only once the branch has published its
     * results.
     */
    public AnnualGrade publishedGrade() {
        if (!branch.isPublished()) {
            throw new RuleViolation("reward.notPublished");
        }
        return proposed;
    }

    /** One who refuses to rectify is fixed as 不合格 (seed 001: 定格“不合格”), whatever was published. */
    void fixUnqualified() {
        publishedGrade();
        proposed = AnnualGrade.UNQUALIFIED;
    }

    public Long getId() {
        return id;
    }

    public BranchEvaluation getBranch() {
        return branch;
    }

    public Person getPerson() {
        return person;
    }

    public boolean isBranchSecretary() {
        return branchSecretary;
    }

    public String getComment() {
        return comment;
    }

    public String getCommentedBy() {
        return commentedBy;
    }

    public LocalDateTime getCommentedAt() {
        return commentedAt;
    }

    public AnnualGrade getSuggested() {
        return suggested;
    }

    public AnnualGrade getProposed() {
        return proposed;
    }

    public String getReason() {
        return reason;
    }

    public long getVersion() {
        return version;
    }
}
