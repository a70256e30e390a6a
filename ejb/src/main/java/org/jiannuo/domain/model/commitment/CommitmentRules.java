package org.jiannuo.domain.model.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A tenant's rules for one year's commitments: the categories, how many items a member and an
 * organization make, the publication deadline, and whether leading cadres also commit on
 * 一岗双责 and 廉洁从政. The seeds differ on each (2–5 or 2–3 items for a member), hence a setting.
 */
@Entity
@Table(name = "commitment_rules")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class CommitmentRules {

    /** The default publication deadline: commitments are made public by the end of March. */
    static final MonthDay DEFAULT_DEADLINE = MonthDay.of(3, 31);
    private static final String SEPARATOR = "|";
    private static final int MOST_ITEMS = 20;

    @Id
    @SequenceGenerator(name = "commitment_rules_seq", sequenceName = "commitment_rules_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commitment_rules_seq")
    private Long id;

    @Column(name = "rules_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false)
    private String categories;

    @Column(name = "member_minimum", nullable = false)
    private int memberMinimum;

    @Column(name = "member_maximum", nullable = false)
    private int memberMaximum;

    @Column(name = "organization_minimum", nullable = false)
    private int organizationMinimum;

    @Column(name = "organization_maximum", nullable = false)
    private int organizationMaximum;

    @Column(name = "publication_deadline", nullable = false)
    private LocalDate publicationDeadline;

    @Column(name = "leading_cadre_duties", nullable = false)
    private boolean leadingCadreDuties;

    @Version
    private long version;

    protected CommitmentRules() {
    }

    private CommitmentRules(int year) {
        this.year = year;
    }

    /** The seeds' default: 学习/工作/自律/服务, 2–5 items for a member, 3–5 for an organization. */
    public static CommitmentRules defaults(int year) {
        CommitmentRules rules = new CommitmentRules(year);
        rules.change(new RulesSettings(CategorySet.STUDY_WORK_DISCIPLINE_SERVICE.categories(), 2, 5, 3, 5,
                DEFAULT_DEADLINE.atYear(year), true));
        return rules;
    }

    /** Applies new settings, all or nothing. */
    public void change(RulesSettings settings) {
        List<String> cleaned = settings.categories().stream()
                .map(category -> category == null ? "" : category.strip())
                .filter(category -> !category.isEmpty())
                .toList();
        if (cleaned.isEmpty()) {
            throw new RuleViolation("rules.categoriesRequired");
        }
        if (new HashSet<>(cleaned).size() < cleaned.size()
                || cleaned.stream().anyMatch(category -> category.contains(SEPARATOR) || category.length() > 40)) {
            throw new RuleViolation("rules.categoriesInvalid");
        }
        requireRange(settings.memberMinimum(), settings.memberMaximum());
        requireRange(settings.organizationMinimum(), settings.organizationMaximum());
        if (settings.publicationDeadline() == null || settings.publicationDeadline().getYear() != year) {
            throw new RuleViolation("rules.deadlineInYear", year);
        }
        categories = String.join(SEPARATOR, cleaned);
        memberMinimum = settings.memberMinimum();
        memberMaximum = settings.memberMaximum();
        organizationMinimum = settings.organizationMinimum();
        organizationMaximum = settings.organizationMaximum();
        publicationDeadline = settings.publicationDeadline();
        leadingCadreDuties = settings.leadingCadreDuties();
    }

    private static void requireRange(int minimum, int maximum) {
        if (minimum < 1 || maximum < minimum || maximum > MOST_ITEMS) {
            throw new RuleViolation("rules.itemRange", MOST_ITEMS);
        }
    }

    /**
     * The categories an owner may use: the year's, and for a leading cadre at division level or
     * above also the two duties of 004 when the year asks for them.
     */
    public List<String> categoriesFor(boolean divisionLevelCadre) {
        Stream<String> own = Stream.of(categories.split("\\" + SEPARATOR));
        return divisionLevelCadre && leadingCadreDuties
                ? Stream.concat(own, CategorySet.LEADING_CADRE_DUTIES.stream()).distinct().toList()
                : own.toList();
    }

    /**
     * Checks the annual commitments an owner submits, counted with the ones already under review
     * or registered: between the minimum and the maximum, before the publication deadline, and a
     * division-level cadre's including both duties.
     */
    public void checkAnnualSubmission(boolean organization, Collection<String> categoriesOfAllItems,
            boolean divisionLevelCadre, LocalDate today) {
        if (today.isAfter(publicationDeadline)) {
            throw new RuleViolation("commitment.pastPublicationDeadline", publicationDeadline);
        }
        int minimum = organization ? organizationMinimum : memberMinimum;
        int maximum = organization ? organizationMaximum : memberMaximum;
        int count = categoriesOfAllItems.size();
        if (count < minimum) {
            throw new RuleViolation("commitment.tooFew", minimum, count);
        }
        if (count > maximum) {
            throw new RuleViolation("commitment.tooMany", maximum, count);
        }
        if (divisionLevelCadre && leadingCadreDuties && !categoriesOfAllItems.containsAll(CategorySet.LEADING_CADRE_DUTIES)) {
            throw new RuleViolation("commitment.leadingCadreDutiesMissing");
        }
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("categories", categories);
        state.put("memberMinimum", memberMinimum);
        state.put("memberMaximum", memberMaximum);
        state.put("organizationMinimum", organizationMinimum);
        state.put("organizationMaximum", organizationMaximum);
        state.put("publicationDeadline", publicationDeadline.toString());
        state.put("leadingCadreDuties", leadingCadreDuties);
        return state;
    }

    public RulesSettings settings() {
        return new RulesSettings(List.of(categories.split("\\" + SEPARATOR)), memberMinimum, memberMaximum,
                organizationMinimum, organizationMaximum, publicationDeadline, leadingCadreDuties);
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getPublicationDeadline() {
        return publicationDeadline;
    }

    public long getVersion() {
        return version;
    }
}
