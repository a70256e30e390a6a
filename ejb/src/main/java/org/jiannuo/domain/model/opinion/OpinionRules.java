package org.jiannuo.domain.model.opinion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.publicity.HourlyLimit;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A department's settings for the suggestion box: how long a unit has to answer, how long an opinion
 * may be, and how many opinions an address and a target take in an hour from the board. The limits
 * are counted in the database, so that every node of a cluster holds the same line. One row per
 * tenant; a tenant without one has the defaults.
 */
@Entity
@Table(name = "opinion_rules")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class OpinionRules {

    /** Ten days to answer (a fortnight of working days is what a public notice usually allows), 1000 characters, 5 and 30 an hour. */
    public static final OpinionSettings DEFAULTS = new OpinionSettings(10, 1000, 5, 30);
    static final int LONGEST_HANDLING = 90;
    static final int LONGEST_TEXT_CAP = 4000;
    static final int SHORTEST_TEXT_CAP = 50;

    @Id
    @SequenceGenerator(name = "opinion_rules_seq", sequenceName = "opinion_rules_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opinion_rules_seq")
    private Long id;

    @Column(name = "handling_days", nullable = false)
    private int handlingDays;

    @Column(name = "longest_text", nullable = false)
    private int longestText;

    @Column(name = "per_address_per_hour", nullable = false)
    private int perAddressPerHour;

    @Column(name = "per_target_per_hour", nullable = false)
    private int perTargetPerHour;

    @Version
    private long version;

    protected OpinionRules() {
    }

    public static OpinionRules defaults() {
        OpinionRules rules = new OpinionRules();
        rules.change(DEFAULTS);
        return rules;
    }

    public void change(OpinionSettings settings) {
        if (settings.handlingDays() < 1 || settings.handlingDays() > LONGEST_HANDLING) {
            throw new RuleViolation("opinion.handlingDaysRange", 1, LONGEST_HANDLING);
        }
        if (settings.longestText() < SHORTEST_TEXT_CAP || settings.longestText() > LONGEST_TEXT_CAP) {
            throw new RuleViolation("opinion.longestTextRange", SHORTEST_TEXT_CAP, LONGEST_TEXT_CAP);
        }
        HourlyLimit limit = new HourlyLimit(settings.perAddressPerHour(), settings.perTargetPerHour());
        handlingDays = settings.handlingDays();
        longestText = settings.longestText();
        perAddressPerHour = limit.perAddress();
        perTargetPerHour = limit.perTarget();
    }

    public OpinionSettings settings() {
        return new OpinionSettings(handlingDays, longestText, perAddressPerHour, perTargetPerHour);
    }

    /** The day by which an opinion received or forwarded on {@code day} is to be answered. */
    public LocalDate deadlineFrom(LocalDate day) {
        return day.plusDays(handlingDays);
    }

    /** Refuses a text that is empty or longer than the setting; gives it stripped. */
    public String checkText(String text, String emptyCode) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new RuleViolation(emptyCode);
        }
        if (stripped.length() > longestText) {
            throw new RuleViolation("opinion.textTooLong", longestText);
        }
        return stripped;
    }

    /** Refuses one more opinion from an address or on a target that already had its hour's share. */
    public void checkRate(long fromAddressThisHour, long onTargetThisHour) {
        HourlyLimit limit = new HourlyLimit(perAddressPerHour, perTargetPerHour);
        limit.checkAddress(fromAddressThisHour, "opinion.tooMany");
        limit.checkTarget(onTargetThisHour, "opinion.tooMany");
    }

    public int getHandlingDays() {
        return handlingDays;
    }

    public long getVersion() {
        return version;
    }
}
