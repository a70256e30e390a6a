package org.jiannuo.infrastructure.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.IdCardNumber;
import org.jiannuo.domain.model.person.LeadingCadreLevel;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.VillageCategory;

/**
 * Generates a county deterministically: committees of agencies, townships with their
 * villages, enterprises and schools; branches, some inside general branches; and people of
 * every category the rules know, in realistic proportions.
 */
public class CountyGenerator {

    private static final List<String> TOWNSHIPS = DemoWords.list("county.townships");

    private static final String REGION_CODE = "410523";
    private static final List<String> FLOATING_PLACES = DemoWords.list("county.floatingPlaces");
    private static final List<String> ASSIGNED_POSTS = DemoWords.list("county.assignedPosts");

    private final CountyPlan plan;
    private final Random random;
    private final Set<String> usedIdCards = new HashSet<>();
    private final LocalDate today;

    public CountyGenerator(CountyPlan plan, LocalDate today) {
        this.plan = plan;
        this.random = new Random(plan.seed());
        this.today = today;
    }

    public void generate(CountySink sink) {
        SectorKind[] kinds = SectorKind.values();
        for (int c = 0; c < plan.committees(); c++) {
            SectorKind kind = kinds[c % kinds.length];
            OrgUnit committee = OrgUnit.root(OrgUnitType.COMMITTEE, committeeName(kind, c));
            sink.unit(committee);
            generateBranches(sink, kind, committee, c);
        }
    }

    private String committeeName(SectorKind kind, int index) {
        int round = index / SectorKind.values().length;
        String suffix = round == 0 ? "" : String.valueOf(round + 1);
        return switch (kind) {
            // Names repeat after eight townships, numbered so that no two committees share a name.
            case TOWNSHIP -> TOWNSHIPS.get(round % TOWNSHIPS.size())
                    + (round < TOWNSHIPS.size() ? "" : String.valueOf(round / TOWNSHIPS.size() + 1)) + kind.committeeSuffix;
            default -> plan.countyName() + kind.committeeSuffix.replace(DemoWords.text("county.countyPrefix"), "")
                    + suffix;
        };
    }

    /** 城关镇党委 → 城关镇联合党总支: the committee's name without its kind. */
    private static String generalBranchName(OrgUnit committee) {
        String name = committee.getName();
        for (String kind : DemoWords.list("county.committeeKinds")) {
            name = name.replace(kind, "");
        }
        return name + DemoWords.text("county.generalBranchSuffix");
    }

    private void generateBranches(CountySink sink, SectorKind kind, OrgUnit committee, int committeeIndex) {
        boolean withGeneralBranch = plan.branchesPerCommittee() >= 4;
        OrgUnit generalBranch = null;
        for (int b = 0; b < plan.branchesPerCommittee(); b++) {
            String unitName = kind.units.get(b % kind.units.size())
                    + (b < kind.units.size() ? "" : String.valueOf(b / kind.units.size() + 1));
            OrgUnit parent = committee;
            if (withGeneralBranch && b >= plan.branchesPerCommittee() - 2) {
                if (generalBranch == null) {
                    generalBranch = committee.addChild(OrgUnitType.GENERAL_BRANCH,
                            generalBranchName(committee));
                    sink.unit(generalBranch);
                }
                parent = generalBranch;
            }
            OrgUnit branch = parent.addChild(OrgUnitType.BRANCH, unitName + kind.branchSuffix);
            sink.unit(branch);
            generatePeople(sink, kind, branch, b == 0 ? committee : null);
        }
    }

    private void generatePeople(CountySink sink, SectorKind kind, OrgUnit branch, OrgUnit committeeToLead) {
        int size = Math.max(3, plan.peoplePerBranch() + random.nextInt(plan.peoplePerBranch() / 5 * 2 + 1)
                - plan.peoplePerBranch() / 5);
        List<Person> people = new ArrayList<>(size);
        people.add(secretary(kind, branch));
        for (int i = 1; i < size; i++) {
            people.add(ordinary(kind, branch, i));
        }
        // The committee's secretary is a person of its own, a member of its first branch: each post has its
        // holder, and each holder one account.
        Person committeeSecretary = committeeToLead == null ? null : secretary(kind, branch);
        if (committeeSecretary != null) {
            committeeSecretary.holdPost(DemoWords.text("county.committeeSecretaryPost"));
            people.add(committeeSecretary);
        }
        sink.people(people);
        branch.appointSecretary(people.get(0));
        if (committeeToLead != null) {
            committeeToLead.appointSecretary(committeeSecretary);
        }
        if (kind.headPost != null) {
            branch.appointAdministrativeHead(people.get(1));
        }
    }

    private Person secretary(SectorKind kind, OrgUnit branch) {
        Person secretary = newPerson(branch, PartyStatus.FULL_MEMBER, 35, 58);
        secretary.makeSecretary();
        secretary.holdPost(DemoWords.text(kind.isVillage() ? "county.villageSecretaryPost"
                : "county.branchSecretaryPost"));
        if (kind == SectorKind.AGENCIES) {
            secretary.makeLeadingCadre(LeadingCadreLevel.SECTION);
        }
        if (kind.isVillage()) {
            secretary.placeInVillageCategory(VillageCategory.VILLAGE_CADRE);
        }
        return secretary;
    }

    private Person ordinary(SectorKind kind, OrgUnit branch, int index) {
        if (index == 1 && kind.headPost != null) {
            Person head = newPerson(branch, PartyStatus.FULL_MEMBER, 40, 58);
            head.holdPost(kind.headPost);
            head.makeLeadingCadre(kind == SectorKind.AGENCIES ? LeadingCadreLevel.DIVISION : LeadingCadreLevel.SECTION);
            return head;
        }
        return kind.isVillage() ? villager(branch, index) : employee(kind, branch);
    }

    private Person villager(OrgUnit branch, int index) {
        if (index <= 3) {
            Person cadre = newPerson(branch, PartyStatus.FULL_MEMBER, 30, 60);
            cadre.holdPost(SectorKind.TOWNSHIP.posts.get(index));
            cadre.placeInVillageCategory(VillageCategory.VILLAGE_CADRE);
            return cadre;
        }
        int roll = random.nextInt(100);
        if (roll < 8) {
            return newPerson(branch, PartyStatus.ACTIVIST, 20, 40);
        }
        if (roll < 25) {
            Person away = newPerson(branch, statusOfMember(), 20, 50);
            away.floatTo(pick(FLOATING_PLACES));
            away.placeInVillageCategory(VillageCategory.WORKING_AWAY);
            return away;
        }
        if (roll < 40) {
            Person elderly = newPerson(branch, PartyStatus.FULL_MEMBER, 72, 90);
            elderly.markInfirm();
            elderly.placeInVillageCategory(VillageCategory.NO_WORK_ABILITY);
            return elderly;
        }
        Person farmer = newPerson(branch, statusOfMember(), 25, 70);
        farmer.assignPost(pick(ASSIGNED_POSTS));
        farmer.placeInVillageCategory(VillageCategory.FARMING_IN_VILLAGE);
        return farmer;
    }

    private Person employee(SectorKind kind, OrgUnit branch) {
        int roll = random.nextInt(100);
        if (roll < 14) {
            Person staff = newPerson(branch, PartyStatus.NON_PARTY_STAFF, 22, 58);
            staff.holdPost(pick(kind.posts));
            return staff;
        }
        if (roll < 19) {
            Person activist = newPerson(branch, PartyStatus.ACTIVIST, 22, 40);
            activist.holdPost(pick(kind.posts));
            return activist;
        }
        if (roll < 27 && kind != SectorKind.ENTERPRISES) {
            Person retired = newPerson(branch, PartyStatus.FULL_MEMBER, 61, 85);
            retired.retire();
            if (random.nextInt(3) == 0) {
                retired.markInfirm();
            }
            return retired;
        }
        Person member = newPerson(branch, statusOfMember(), 23, 59);
        member.holdPost(pick(kind.posts));
        if (kind == SectorKind.AGENCIES && random.nextInt(100) < 15) {
            member.makeLeadingCadre(random.nextInt(10) == 0 ? LeadingCadreLevel.DIVISION : LeadingCadreLevel.SECTION);
        }
        if (random.nextInt(100) < 3) {
            member.floatTo(pick(FLOATING_PLACES));
        }
        return member;
    }

    private PartyStatus statusOfMember() {
        return random.nextInt(100) < 6 ? PartyStatus.PROBATIONARY_MEMBER : PartyStatus.FULL_MEMBER;
    }

    private Person newPerson(OrgUnit branch, PartyStatus status, int minAge, int maxAge) {
        boolean male = random.nextInt(100) < 62;
        LocalDate birthDate = today.minusYears(minAge).minusDays(random.nextInt((maxAge - minAge) * 365 + 1));
        Person person = new Person(branch, ChineseNames.next(random, male), uniqueIdCard(birthDate, male), status);
        if (status.isPartyMember()) {
            LocalDate adult = birthDate.plusYears(18);
            long span = Math.max(1, today.toEpochDay() - adult.toEpochDay());
            person.joinedPartyOn(status == PartyStatus.PROBATIONARY_MEMBER
                    ? today.minusDays(random.nextInt(360) + 1)
                    : adult.plusDays(random.nextLong(span)));
        }
        person.reachableAt("1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000)));
        return person;
    }

    private IdCardNumber uniqueIdCard(LocalDate birthDate, boolean male) {
        while (true) {
            int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
            String first17 = REGION_CODE + String.format("%04d%02d%02d%03d",
                    birthDate.getYear(), birthDate.getMonthValue(), birthDate.getDayOfMonth(), sequence);
            if (usedIdCards.add(first17)) {
                return IdCardNumber.withCheckCharacter(first17);
            }
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
