package org.jiannuo.domain.model.summary;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.BoundedText;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A unit's half-year bulletin or quarterly report ({@link BulletinKind}) for one period: the figures drafted from
 * the ledger and the grades (kept as drafted, a snapshot), the advanced praised and the lagging urged, and the
 * text the secretary edits. A draft may be drafted again and edited; once published it is final, and the public
 * board reads it from its publication on.
 */
@Entity
@Table(name = "bulletin")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class Bulletin {

    static final int LONGEST_TEXT = 8000;

    @Id
    @SequenceGenerator(name = "bulletin_seq", sequenceName = "bulletin_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bulletin_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    private OrgUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private BulletinKind kind;

    @Column(name = "period_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "period_index", nullable = false, updatable = false)
    private int periodIndex;

    @Column(nullable = false)
    private int items;
    @Column(nullable = false)
    private int closed;
    @Column(name = "on_schedule", nullable = false)
    private int onSchedule;
    @Column(nullable = false)
    private int late;
    @Column(nullable = false)
    private int rectified;
    @Column(name = "grade_pioneer", nullable = false)
    private int pioneer;
    @Column(name = "grade_qualified", nullable = false)
    private int qualified;
    @Column(name = "grade_basic", nullable = false)
    private int basicallyQualified;
    @Column(name = "grade_lagging", nullable = false)
    private int lagging;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String praised;

    @Column(nullable = false)
    private String urged;

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

    protected Bulletin() {
    }

    public Bulletin(OrgUnit unit, BulletinKind kind, Period period) {
        if (period.kind() != kind.periodKind()) {
            throw new RuleViolation("bulletin.periodKind", period.toString());
        }
        this.unit = unit;
        this.kind = kind;
        this.year = period.year();
        this.periodIndex = period.index();
    }

    /** Fills the draft from the ledger and the grades, replacing what was drafted or edited before. */
    public void draft(LedgerFigures figures, BulletinText text, String by, LocalDateTime now) {
        requireDraft();
        items = figures.items();
        closed = figures.closed();
        onSchedule = figures.onSchedule();
        late = figures.late();
        rectified = figures.rectified();
        pioneer = figures.pioneer();
        qualified = figures.qualified();
        basicallyQualified = figures.basicallyQualified();
        lagging = figures.lagging();
        write(text);
        draftedBy = by;
        draftedAt = now;
    }

    /** The secretary's edit of the text; the figures stay as drafted. */
    public void edit(BulletinText text) {
        requireDraft();
        write(text);
    }

    public void publish(String by, LocalDateTime now) {
        requireDraft();
        if (body.isBlank()) {
            throw new RuleViolation("bulletin.bodyRequired");
        }
        publishedBy = by;
        publishedAt = now;
    }

    private void write(BulletinText text) {
        body = clean(text.body());
        praised = clean(text.praised());
        urged = clean(text.urged());
    }

    private static String clean(String text) {
        return BoundedText.of(text, LONGEST_TEXT, "bulletin.tooLong");
    }

    private void requireDraft() {
        if (isPublished()) {
            throw new RuleViolation("bulletin.published");
        }
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Period getPeriod() {
        return new Period(year, kind.periodKind(), periodIndex);
    }

    public LedgerFigures figures() {
        return new LedgerFigures(items, closed, onSchedule, late, rectified, pioneer, qualified, basicallyQualified,
                lagging);
    }

    public BulletinText text() {
        return new BulletinText(body, praised, urged);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind);
        state.put("period", getPeriod().toString());
        state.put("figures", figures().toString());
        state.put("body", body);
        state.put("praised", praised);
        state.put("urged", urged);
        state.put("publishedAt", publishedAt);
        return state;
    }

    public Long getId() {
        return id;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public BulletinKind getKind() {
        return kind;
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
