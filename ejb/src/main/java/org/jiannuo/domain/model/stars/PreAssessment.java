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
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.BoundedText;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.summary.Period;
import org.jiannuo.domain.model.summary.PeriodKind;

/**
 * A village branch's half-year pre-assessment (半年预评, seed 003): the branch pre-rates each member in stars
 * ({@link PreRating}, within the member's cap and each aspect's most), the secretary reports to the township on the
 * progress of star management, and submits both; the township reviews them, accepting or sending them back with a
 * reason. Only a draft is rated and reported; a reviewed one is final.
 */
@Entity
@Table(name = "star_pre_assessment")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class PreAssessment {

    static final int LONGEST_TEXT = 4000;

    @Id
    @SequenceGenerator(name = "star_pre_assessment_seq", sequenceName = "star_pre_assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "star_pre_assessment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    private OrgUnit unit;

    @Column(name = "assessment_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, updatable = false)
    private int half;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PreAssessmentState state = PreAssessmentState.DRAFT;

    /** The secretary's report to the township on the half's star management. */
    @Column(nullable = false)
    private String report = "";

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<PreRating> ratings = new ArrayList<>();

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;

    @Column(name = "review_comment", nullable = false)
    private String reviewComment = "";

    @Version
    private long version;

    protected PreAssessment() {
    }

    /** The branch's pre-assessment of a half that has begun. */
    public PreAssessment(OrgUnit unit, Period half, LocalDate today) {
        if (half.kind() != PeriodKind.HALF_YEAR) {
            throw new RuleViolation("preAssessment.halfOnly", half.toString());
        }
        if (!half.hasStarted(today)) {
            throw new RuleViolation("preAssessment.notBegun", half.toString());
        }
        this.unit = unit;
        this.year = half.year();
        this.half = half.index();
    }

    /**
     * Pre-rates a member of the branch, or rates them again: stars per aspect within their cap, checked by it, with
     * a note.
     */
    public PreRating rate(Person member, StarCap cap, AspectStars stars, String note) {
        requireDraft();
        if (!member.getOrgUnit().getId().equals(unit.getId())) {
            throw new RuleViolation("preAssessment.notInBranch", member.getName());
        }
        cap.check(stars);
        String text = clean(note, PreRating.LONGEST_NOTE);
        Optional<PreRating> existing = ratingOf(member);
        if (existing.isPresent()) {
            existing.get().change(cap.cap(), stars, text);
            return existing.get();
        }
        PreRating rating = new PreRating(this, member, cap.cap(), stars, text);
        ratings.add(rating);
        return rating;
    }

    public void writeReport(String text) {
        requireDraft();
        report = clean(text, LONGEST_TEXT);
    }

    /** Sends the ratings and the report to the township: every member on the book rated, the report written. */
    public void submit(List<Person> members, String by, LocalDateTime now) {
        requireDraft();
        if (report.isBlank()) {
            throw new RuleViolation("preAssessment.reportRequired");
        }
        List<String> unrated = members.stream().filter(member -> ratingOf(member).isEmpty()).map(Person::getName)
                .toList();
        if (!unrated.isEmpty()) {
            throw new RuleViolation("preAssessment.unrated", String.join("、", unrated));
        }
        state = PreAssessmentState.SUBMITTED;
        submittedBy = by;
        submittedAt = now;
    }

    /** The township accepts the submitted pre-assessment, or sends it back to the branch with its reason. */
    public void review(boolean accepted, String comment, String by, LocalDateTime now) {
        if (state != PreAssessmentState.SUBMITTED) {
            throw new RuleViolation("preAssessment.notSubmitted");
        }
        String text = clean(comment, LONGEST_TEXT);
        if (!accepted && text.isEmpty()) {
            throw new RuleViolation("preAssessment.reasonRequired");
        }
        state = accepted ? PreAssessmentState.REVIEWED : PreAssessmentState.DRAFT;
        reviewComment = text;
        reviewedBy = by;
        reviewedAt = now;
    }

    public Optional<PreRating> ratingOf(Person member) {
        return ratings.stream().filter(rating -> rating.getPerson().getId().equals(member.getId())).findFirst();
    }

    private void requireDraft() {
        if (state != PreAssessmentState.DRAFT) {
            throw new RuleViolation("preAssessment.closed", state.name());
        }
    }

    private static String clean(String text, int longest) {
        return BoundedText.of(text, longest, "preAssessment.tooLong");
    }

    public Period getPeriod() {
        return new Period(year, PeriodKind.HALF_YEAR, half);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("period", getPeriod().toString());
        state.put("state", this.state.name());
        state.put("report", report);
        ratings.forEach(rating -> state.put("rating." + rating.getPerson().getId(), rating.getStars().total()));
        state.put("reviewComment", reviewComment);
        return state;
    }

    public Long getId() {
        return id;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public PreAssessmentState getState() {
        return state;
    }

    public String getReport() {
        return report;
    }

    public List<PreRating> getRatings() {
        return List.copyOf(ratings);
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

    public String getReviewComment() {
        return reviewComment;
    }

    public long getVersion() {
        return version;
    }
}
