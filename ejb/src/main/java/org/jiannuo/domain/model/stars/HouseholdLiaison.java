package org.jiannuo.domain.model.stars;

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
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.RuleViolation;

/** A member keeping in touch with a household (联户) from a day on; ended, it stays as the history of who served whom. */
@Entity
@Table(name = "household_liaison")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class HouseholdLiaison {

    @Id
    @SequenceGenerator(name = "household_liaison_seq", sequenceName = "household_liaison_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_liaison_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id", nullable = false, updatable = false)
    private Household household;

    @Column(nullable = false, updatable = false)
    private LocalDate since;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected HouseholdLiaison() {
    }

    /**
     * Links the member to the household, the 1+2 rule checked against the households they keep already. A member
     * of another village than the household's is refused.
     */
    public static HouseholdLiaison link(Person person, Household household, int keptAlready, LiaisonRule rule,
            LocalDate today) {
        if (!person.getOrgUnit().getId().equals(household.getUnit().getId())) {
            throw new RuleViolation("stars.householdOtherVillage", household.getHead());
        }
        rule.checkOneMore(keptAlready);
        HouseholdLiaison liaison = new HouseholdLiaison();
        liaison.person = person;
        liaison.household = household;
        liaison.since = today;
        return liaison;
    }

    public void end(LocalDate today) {
        if (endedOn == null) {
            endedOn = today;
        }
    }

    public boolean isCurrent() {
        return endedOn == null;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Household getHousehold() {
        return household;
    }

    public LocalDate getSince() {
        return since;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }
}
