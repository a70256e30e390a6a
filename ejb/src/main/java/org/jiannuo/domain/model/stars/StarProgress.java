package org.jiannuo.domain.model.stars;

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
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.VillageCategory;

/**
 * One member's line of a quarterly star bulletin: their category and cap, the stars they aim for per aspect (none
 * without a target), and the pages of their log book this year up to the quarter's end that bear witness to each
 * aspect; with the secretary's remark on their progress. Kept as drafted, a snapshot of the quarter.
 */
@Entity
@Table(name = "star_progress")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class StarProgress {

    static final int LONGEST_REMARK = 1000;

    /** What the system drafts for a member: a target (or none) and their log book's pages per kind. */
    public record Draft(Person person, VillageCategory category, int cap, AspectStars target, boolean targetWritten,
            int studyPages, int servicePages, int dutyPages) {

        /** The member's progress from their target of the year (null when none) and the pages they wrote by kind. */
        public static Draft of(Person person, StarTarget target, StarCap cap, Map<LogEntryKind, Integer> pages) {
            return new Draft(person, target == null ? person.getVillageCategory() : target.getCategory(), cap.cap(),
                    target == null ? AspectStars.none() : target.getStars(), target != null,
                    pages.getOrDefault(LogEntryKind.STUDY, 0), pages.getOrDefault(LogEntryKind.HOUSEHOLD_SERVICE, 0),
                    pages.getOrDefault(LogEntryKind.POST_DUTY, 0));
        }
    }

    @Id
    @SequenceGenerator(name = "star_progress_seq", sequenceName = "star_progress_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "star_progress_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bulletin_id", nullable = false, updatable = false)
    private StarBulletin bulletin;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(name = "member_name", nullable = false, updatable = false)
    private String memberName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private VillageCategory category;

    @Column(name = "star_cap", nullable = false, updatable = false)
    private int cap;

    @Embedded
    private AspectStars target = AspectStars.none();

    @Column(name = "target_written", nullable = false, updatable = false)
    private boolean targetWritten;

    @Column(name = "study_pages", nullable = false, updatable = false)
    private int studyPages;

    @Column(name = "service_pages", nullable = false, updatable = false)
    private int servicePages;

    @Column(name = "duty_pages", nullable = false, updatable = false)
    private int dutyPages;

    @Column(nullable = false)
    private String remark = "";

    protected StarProgress() {
    }

    StarProgress(StarBulletin bulletin, Draft draft, String remark) {
        this.bulletin = bulletin;
        this.person = draft.person();
        this.memberName = draft.person().getName();
        this.category = draft.category();
        this.cap = draft.cap();
        this.target = draft.target();
        this.targetWritten = draft.targetWritten();
        this.studyPages = draft.studyPages();
        this.servicePages = draft.servicePages();
        this.dutyPages = draft.dutyPages();
        this.remark = remark;
    }

    void remark(String text) {
        remark = text;
    }

    /** The log book's pages per aspect; the aspects no page bears witness to (law, customs) have none. */
    public Map<StarAspect, Integer> pages() {
        return pages(studyPages, servicePages, dutyPages);
    }

    /** Pages of study, household service and post duty as pages per aspect, for lines read as plain columns. */
    public static Map<StarAspect, Integer> pages(int study, int service, int duty) {
        Map<StarAspect, Integer> pages = new EnumMap<>(StarAspect.class);
        for (StarAspect aspect : StarAspect.values()) {
            pages.put(aspect, 0);
        }
        pages.put(LogEntryKind.STUDY.aspect(), study);
        pages.put(LogEntryKind.HOUSEHOLD_SERVICE.aspect(), service);
        pages.put(LogEntryKind.POST_DUTY.aspect(), duty);
        return pages;
    }

    public Long getId() {
        return id;
    }

    public StarBulletin getBulletin() {
        return bulletin;
    }

    public Person getPerson() {
        return person;
    }

    public String getMemberName() {
        return memberName;
    }

    public VillageCategory getCategory() {
        return category;
    }

    public int getCap() {
        return cap;
    }

    public AspectStars getTarget() {
        return target;
    }

    public boolean isTargetWritten() {
        return targetWritten;
    }

    public String getRemark() {
        return remark;
    }
}
