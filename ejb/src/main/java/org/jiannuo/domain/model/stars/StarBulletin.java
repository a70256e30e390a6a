package org.jiannuo.domain.model.stars;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.summary.Period;
import org.jiannuo.domain.model.summary.PeriodKind;

/**
 * A village branch's quarterly star bulletin (季度星级通报, seed 003): the star management meeting of the quarter
 * (its date and how many attended), each member's progress towards their target ({@link StarProgress}, drafted from
 * the targets and the log book), the problems the members raised and the suggestions made. The system drafts it,
 * the branch secretary edits it and publishes it; published, it is final and the township collects it.
 */
@Entity
@Table(name = "star_bulletin")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class StarBulletin {

    static final int LONGEST_TEXT = 4000;

    @Id
    @SequenceGenerator(name = "star_bulletin_seq", sequenceName = "star_bulletin_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "star_bulletin_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    private OrgUnit unit;

    @Column(name = "bulletin_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, updatable = false)
    private int quarter;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(nullable = false)
    private int attendees;

    @Column(nullable = false)
    private String problems = "";

    @Column(nullable = false)
    private String suggestions = "";

    @OneToMany(mappedBy = "bulletin", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("memberName ASC, id ASC")
    private List<StarProgress> progress = new ArrayList<>();

    @Column(name = "drafted_by", nullable = false)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private LocalDateTime draftedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Version
    private long version;

    protected StarBulletin() {
    }

    /** The branch's bulletin of a quarter; no other period has one, nor a quarter not yet begun. */
    public StarBulletin(OrgUnit unit, Period quarter, LocalDate today) {
        if (quarter.kind() != PeriodKind.QUARTER) {
            throw new RuleViolation("starBulletin.quarterOnly", quarter.toString());
        }
        if (!quarter.hasStarted(today)) {
            throw new RuleViolation("starBulletin.notBegun", quarter.toString());
        }
        this.unit = unit;
        this.year = quarter.year();
        this.quarter = quarter.index();
    }

    /**
     * Drafts each member's progress again from their target and log book, replacing the lines drafted before; what
     * the secretary wrote about a member still on the book stays with them.
     */
    public void draft(List<StarProgress.Draft> members, String by, LocalDateTime now) {
        requireDraft();
        Map<Long, String> remarks = new HashMap<>();
        progress.forEach(line -> remarks.put(line.getPerson().getId(), line.getRemark()));
        progress.clear();
        for (StarProgress.Draft member : members) {
            progress.add(new StarProgress(this, member, remarks.getOrDefault(member.person().getId(), "")));
        }
        draftedBy = by;
        draftedAt = now;
    }

    /**
     * The secretary's record of the meeting: when it was held (in the quarter or after it, not in the future), how
     * many attended, the problems and suggestions, and a remark on a member's progress by their person id.
     */
    public void record(LocalDate held, int attended, String problemsText, String suggestionsText,
            Map<Long, String> remarks, LocalDate today) {
        requireDraft();
        if (held != null && (held.isBefore(getPeriod().firstDay()) || held.isAfter(today))) {
            throw new RuleViolation("starBulletin.heldOn", getPeriod().toString());
        }
        if (attended < 0 || attended > progress.size()) {
            throw new RuleViolation("starBulletin.attendees", progress.size());
        }
        String newProblems = clean(problemsText, LONGEST_TEXT);
        String newSuggestions = clean(suggestionsText, LONGEST_TEXT);
        for (StarProgress line : progress) {
            String remark = remarks.get(line.getPerson().getId());
            if (remark != null) {
                line.remark(clean(remark, StarProgress.LONGEST_REMARK));
            }
        }
        heldOn = held;
        attendees = attended;
        problems = newProblems;
        suggestions = newSuggestions;
    }

    /** Publishes the bulletin of a meeting that was held: it needs its date and its attendance. */
    public void publish(String by, LocalDateTime now) {
        requireDraft();
        if (heldOn == null || attendees < 1) {
            throw new RuleViolation("starBulletin.meetingRequired");
        }
        publishedBy = by;
        publishedAt = now;
    }

    static String clean(String text, int longest) {
        String cleaned = text == null ? "" : text.strip();
        if (cleaned.length() > longest) {
            throw new RuleViolation("starBulletin.tooLong", longest);
        }
        return cleaned;
    }

    private void requireDraft() {
        if (isPublished()) {
            throw new RuleViolation("starBulletin.published");
        }
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Period getPeriod() {
        return new Period(year, PeriodKind.QUARTER, quarter);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("period", getPeriod().toString());
        state.put("heldOn", heldOn == null ? null : heldOn.toString());
        state.put("attendees", attendees);
        state.put("problems", problems);
        state.put("suggestions", suggestions);
        state.put("members", progress.size());
        state.put("publishedAt", publishedAt == null ? null : publishedAt.toString());
        return state;
    }

    public Long getId() {
        return id;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public int getAttendees() {
        return attendees;
    }

    public String getProblems() {
        return problems;
    }

    public String getSuggestions() {
        return suggestions;
    }

    public List<StarProgress> getProgress() {
        return List.copyOf(progress);
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public LocalDateTime getDraftedAt() {
        return draftedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}
