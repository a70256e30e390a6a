package org.jiannuo.infrastructure.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.LeadingCadreLevel;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.VillageCategory;
import org.junit.jupiter.api.Test;

class CountyGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void demoCountyHasTheAdvertisedSize() {
        Collected county = generate(CountyPlan.demo());

        assertEquals(4, county.count(OrgUnitType.COMMITTEE));
        assertEquals(20, county.count(OrgUnitType.BRANCH));
        assertEquals(4, county.count(OrgUnitType.GENERAL_BRANCH));
        assertTrue(county.people.size() >= 340 && county.people.size() <= 460, "about 400: " + county.people.size());
    }

    @Test
    void everyCategoryTheRulesKnowIsRepresented() {
        List<Person> people = generate(CountyPlan.demo()).people;

        Set<PartyStatus> statuses = EnumSet.noneOf(PartyStatus.class);
        Set<VillageCategory> villageCategories = EnumSet.noneOf(VillageCategory.class);
        Set<LeadingCadreLevel> levels = EnumSet.noneOf(LeadingCadreLevel.class);
        people.forEach(p -> {
            statuses.add(p.getPartyStatus());
            if (p.getVillageCategory() != null) {
                villageCategories.add(p.getVillageCategory());
            }
            if (p.getLeadingCadreLevel() != null) {
                levels.add(p.getLeadingCadreLevel());
            }
        });
        assertEquals(EnumSet.allOf(PartyStatus.class), statuses);
        assertEquals(EnumSet.allOf(VillageCategory.class), villageCategories);
        assertTrue(levels.containsAll(EnumSet.of(LeadingCadreLevel.SECTION, LeadingCadreLevel.DIVISION)));
        assertTrue(people.stream().anyMatch(Person::isRetired));
        assertTrue(people.stream().anyMatch(Person::isInfirm));
        assertTrue(people.stream().anyMatch(p -> p.isFloating() && p.getFloatingLocation() != null));
        assertTrue(people.stream().anyMatch(p -> p.getAssignedPost() != null && p.getPost() == null));
    }

    @Test
    void everyBranchHasASecretaryAndIdCardsAreUnique() {
        Collected county = generate(CountyPlan.demo());

        county.units.stream().filter(u -> u.getType() == OrgUnitType.BRANCH)
                .forEach(branch -> assertNotNull(branch.getSecretary(), branch.getName()));
        county.units.stream().filter(u -> u.getType() == OrgUnitType.COMMITTEE)
                .forEach(committee -> assertNotNull(committee.getSecretary(), committee.getName()));
        Set<String> idCards = new HashSet<>();
        county.people.forEach(p -> assertTrue(idCards.add(p.getIdCardNo()), p.getIdCardNo()));
    }

    @Test
    void sameSeedGivesTheSameCounty() {
        List<String> first = generate(CountyPlan.demo()).people.stream().map(p -> p.getName() + p.getIdCardNo()).toList();
        List<String> second = generate(CountyPlan.demo()).people.stream().map(p -> p.getName() + p.getIdCardNo()).toList();

        assertEquals(first, second);
    }

    @Test
    void fullCountyHasAThousandBranchesAndAboutThirtyThousandPeople() {
        Collected county = generate(CountyPlan.fullCounty());

        assertEquals(1000, county.count(OrgUnitType.BRANCH));
        assertTrue(Math.abs(county.people.size() - 30_000) < 1_500, "about 30,000: " + county.people.size());
    }

    @Test
    void noTwoUnitsShareAPathSoThatTheCountyImportsBack() {
        CountyCsvExport export = new CountyCsvExport();
        new CountyGenerator(CountyPlan.fullCounty(), TODAY).generate(export);
        List<String> paths = export.unitsCsv().lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();

        assertEquals(1080, paths.size());
        assertEquals(paths.size(), Set.copyOf(paths).size());
    }

    private static Collected generate(CountyPlan plan) {
        Collected county = new Collected();
        new CountyGenerator(plan, TODAY).generate(county);
        return county;
    }

    private static final class Collected implements CountySink {
        final List<OrgUnit> units = new ArrayList<>();
        final List<Person> people = new ArrayList<>();

        @Override
        public void unit(OrgUnit unit) {
            units.add(unit);
        }

        @Override
        public void people(List<Person> branchPeople) {
            people.addAll(branchPeople);
        }

        long count(OrgUnitType type) {
            return units.stream().filter(u -> u.getType() == type).count();
        }
    }
}
