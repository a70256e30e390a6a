package org.jiannuo.domain.model.stars;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.stars.StarSettings.AspectRule;
import org.jiannuo.domain.model.stars.StarSettings.CategoryCap;

/**
 * A department's village star rules (seed 003): the cap of each of the four categories (10, 10, 6, 6 by default),
 * how many stars each aspect may give (2 by default, so five aspects reach the highest cap), each aspect's standard
 * the 1+2 rule and the year-end quotas on high stars (9+ of a 10-star cap and 5+ of a 6-star cap, each at most 30%).
 * One row per tenant; a tenant without one has the defaults.
 */
@Entity
@Table(name = "star_rules")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class StarRules {

    static final int DEFAULT_ASPECT_MOST = 2;
    static final int HIGHEST_CAP = 10;
    static final int LONGEST_STANDARD = 1000;
    static final int DEFAULT_QUOTA_PERCENT = 30;
    /** Two quotas, as the seed has: one on the higher cap's group, one on the lower's. */
    static final int QUOTAS = 2;

    @Id
    @SequenceGenerator(name = "star_rules_seq", sequenceName = "star_rules_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "star_rules_seq")
    private Long id;

    @Column(name = "cap_village_cadre", nullable = false)
    private int capVillageCadre = VillageCategory.VILLAGE_CADRE.defaultStarCap();

    @Column(name = "cap_farming", nullable = false)
    private int capFarming = VillageCategory.FARMING_IN_VILLAGE.defaultStarCap();

    @Column(name = "cap_no_work", nullable = false)
    private int capNoWork = VillageCategory.NO_WORK_ABILITY.defaultStarCap();

    @Column(name = "cap_working_away", nullable = false)
    private int capWorkingAway = VillageCategory.WORKING_AWAY.defaultStarCap();

    @Column(name = "most_ideology", nullable = false)
    private int mostIdeology = DEFAULT_ASPECT_MOST;

    @Column(name = "most_law", nullable = false)
    private int mostLaw = DEFAULT_ASPECT_MOST;

    @Column(name = "most_customs", nullable = false)
    private int mostCustoms = DEFAULT_ASPECT_MOST;

    @Column(name = "most_liaison", nullable = false)
    private int mostLiaison = DEFAULT_ASPECT_MOST;

    @Column(name = "most_post", nullable = false)
    private int mostPost = DEFAULT_ASPECT_MOST;

    @Column(name = "standard_ideology")
    private String standardIdeology;

    @Column(name = "standard_law")
    private String standardLaw;

    @Column(name = "standard_customs")
    private String standardCustoms;

    @Column(name = "standard_liaison")
    private String standardLiaison;

    @Column(name = "standard_post")
    private String standardPost;

    @Column(name = "liaison_min", nullable = false)
    private int liaisonLeast = LiaisonRule.DEFAULT.least();

    @Column(name = "liaison_max", nullable = false)
    private int liaisonMost = LiaisonRule.DEFAULT.most();

    /** The two year-end quotas: on those appraised under the highest cap, and under the lower one. */
    @Column(name = "quota_high_cap", nullable = false)
    private int quotaHighCap = HIGHEST_CAP;

    @Column(name = "quota_high_threshold", nullable = false)
    private int quotaHighThreshold = 9;

    @Column(name = "quota_high_percent", nullable = false)
    private int quotaHighPercent = DEFAULT_QUOTA_PERCENT;

    @Column(name = "quota_low_cap", nullable = false)
    private int quotaLowCap = VillageCategory.WORKING_AWAY.defaultStarCap();

    @Column(name = "quota_low_threshold", nullable = false)
    private int quotaLowThreshold = 5;

    @Column(name = "quota_low_percent", nullable = false)
    private int quotaLowPercent = DEFAULT_QUOTA_PERCENT;

    @Version
    private long version;

    public StarRules() {
    }

    /** Changes what the settings name; a cap or a most out of range is refused and nothing changes. */
    public void change(StarSettings settings) {
        LiaisonRule liaison = new LiaisonRule(settings.liaisonLeast(), settings.liaisonMost());
        for (CategoryCap cap : settings.caps()) {
            if (cap.category() == null || cap.cap() < 1 || cap.cap() > HIGHEST_CAP) {
                throw new RuleViolation("stars.capRange", HIGHEST_CAP);
            }
        }
        for (AspectRule rule : settings.aspects()) {
            if (rule.aspect() == null || rule.most() < 1 || rule.most() > HIGHEST_CAP) {
                throw new RuleViolation("stars.aspectRange", HIGHEST_CAP);
            }
            if (rule.standard() != null && rule.standard().strip().length() > LONGEST_STANDARD) {
                throw new RuleViolation("stars.standardTooLong", LONGEST_STANDARD);
            }
        }
        List<StarQuota> quotas = settings.quotas();
        if (!quotas.isEmpty()) {
            requireValid(quotas);
        }
        settings.caps().forEach(cap -> setCap(cap.category(), cap.cap()));
        settings.aspects().forEach(rule -> setAspect(rule.aspect(), rule.most(), rule.standard()));
        liaisonLeast = liaison.least();
        liaisonMost = liaison.most();
        if (!quotas.isEmpty()) {
            setQuotas(quotas.get(0), quotas.get(1));
        }
    }

    /** Both quotas, the higher cap's first; a threshold within its cap, a share of 1 to 100 percent. */
    private static void requireValid(List<StarQuota> quotas) {
        if (quotas.size() != QUOTAS || quotas.get(0).cap() <= quotas.get(1).cap()) {
            throw new RuleViolation("stars.quotaPair");
        }
        for (StarQuota quota : quotas) {
            if (quota.cap() < 1 || quota.cap() > HIGHEST_CAP || quota.threshold() < 1
                    || quota.threshold() > quota.cap() || quota.percent() < 1 || quota.percent() > 100) {
                throw new RuleViolation("stars.quotaRange", quota.cap(), quota.threshold(), quota.percent());
            }
        }
    }

    private void setQuotas(StarQuota high, StarQuota low) {
        quotaHighCap = high.cap();
        quotaHighThreshold = high.threshold();
        quotaHighPercent = high.percent();
        quotaLowCap = low.cap();
        quotaLowThreshold = low.threshold();
        quotaLowPercent = low.percent();
    }

    /** The year-end quotas on high stars, the higher cap's first. */
    public List<StarQuota> quotas() {
        return List.of(new StarQuota(quotaHighCap, quotaHighThreshold, quotaHighPercent),
                new StarQuota(quotaLowCap, quotaLowThreshold, quotaLowPercent));
    }

    private void setCap(VillageCategory category, int cap) {
        switch (category) {
            case VILLAGE_CADRE -> capVillageCadre = cap;
            case FARMING_IN_VILLAGE -> capFarming = cap;
            case NO_WORK_ABILITY -> capNoWork = cap;
            case WORKING_AWAY -> capWorkingAway = cap;
        }
    }

    private void setAspect(StarAspect aspect, int most, String standard) {
        String text = standard == null || standard.isBlank() ? null : standard.strip();
        switch (aspect) {
            case IDEOLOGY -> {
                mostIdeology = most;
                standardIdeology = text;
            }
            case LAW -> {
                mostLaw = most;
                standardLaw = text;
            }
            case CUSTOMS -> {
                mostCustoms = most;
                standardCustoms = text;
            }
            case LIAISON -> {
                mostLiaison = most;
                standardLiaison = text;
            }
            case POST -> {
                mostPost = most;
                standardPost = text;
            }
        }
    }

    public int capOf(VillageCategory category) {
        return switch (category) {
            case VILLAGE_CADRE -> capVillageCadre;
            case FARMING_IN_VILLAGE -> capFarming;
            case NO_WORK_ABILITY -> capNoWork;
            case WORKING_AWAY -> capWorkingAway;
        };
    }

    public int mostIn(StarAspect aspect) {
        return switch (aspect) {
            case IDEOLOGY -> mostIdeology;
            case LAW -> mostLaw;
            case CUSTOMS -> mostCustoms;
            case LIAISON -> mostLiaison;
            case POST -> mostPost;
        };
    }

    /** The aspect's standard as the department wrote it; empty where it keeps the seed's wording. */
    public String standardOf(StarAspect aspect) {
        String text = switch (aspect) {
            case IDEOLOGY -> standardIdeology;
            case LAW -> standardLaw;
            case CUSTOMS -> standardCustoms;
            case LIAISON -> standardLiaison;
            case POST -> standardPost;
        };
        return text == null ? "" : text;
    }

    /** The cap a member of the category is held to, with each aspect's most. */
    public StarCap capFor(VillageCategory category) {
        Map<StarAspect, Integer> most = new EnumMap<>(StarAspect.class);
        for (StarAspect aspect : StarAspect.values()) {
            most.put(aspect, mostIn(aspect));
        }
        return new StarCap(capOf(category), most);
    }

    /** The cap a year-end rating was appraised under (kept on it), with today's most per aspect. */
    public StarCap ratedCap(StarRating rating) {
        return new StarCap(rating.getCap(), capFor(rating.getCategory()).aspectMost());
    }

    /**
     * The cap a member's ratings of the year (pre-assessment, year end) are held to: their target's when they set
     * one, otherwise their category's today; a person of no village category has none.
     */
    public StarCap ratingCap(Person person, StarTarget target) {
        if (target != null) {
            return target.ratingCap(this);
        }
        if (person.getVillageCategory() == null) {
            throw new RuleViolation("stars.notVillageMember", person.getName());
        }
        return capFor(person.getVillageCategory());
    }

    public LiaisonRule liaisonRule() {
        return new LiaisonRule(liaisonLeast, liaisonMost);
    }

    public StarSettings settings() {
        return new StarSettings(
                List.of(VillageCategory.values()).stream().map(c -> new CategoryCap(c, capOf(c))).toList(),
                List.of(StarAspect.values()).stream().map(a -> new AspectRule(a, mostIn(a), standardOf(a))).toList(),
                liaisonLeast, liaisonMost, quotas());
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        for (VillageCategory category : VillageCategory.values()) {
            state.put("cap." + category.name(), capOf(category));
        }
        for (StarAspect aspect : StarAspect.values()) {
            state.put("most." + aspect.name(), mostIn(aspect));
            state.put("standard." + aspect.name(), standardOf(aspect));
        }
        state.put("liaisonLeast", liaisonLeast);
        state.put("liaisonMost", liaisonMost);
        quotas().forEach(quota -> state.put("quota." + quota.cap(), quota.threshold() + "+/" + quota.percent() + "%"));
        return state;
    }

    /** Null until the department first changes the defaults. */
    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
