package org.jiannuo.it.people;

import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.AtOnce;
import org.jiannuo.it.support.Fixtures;
import org.jiannuo.it.support.PreparedStatementPlans;
import org.jiannuo.it.support.StandardUsersTestBase;
import org.jiannuo.it.support.TenantProbe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.jiannuo.application.ResultPage;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.application.audit.AuditLog;
import org.jiannuo.application.audit.AuditRow;
import org.jiannuo.application.audit.AuditSearch;
import org.jiannuo.application.audit.FieldChange;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.application.people.PersonDetails;
import org.jiannuo.application.people.PersonNotFoundException;
import org.jiannuo.application.people.PersonRow;
import org.jiannuo.application.people.PersonSearch;
import org.jiannuo.application.people.PersonSortField;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.tenancy.TenantContext;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.person.Departure;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.PersonProfile;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.infrastructure.persistence.DatabaseVendor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The people directory through the service layer, as each role of a tenant sees it. */
class PeopleDirectoryIT extends StandardUsersTestBase {

    private static final String TENANT = "it-people";
    private static final String COUNTED = "it-people-counted";

    @EJB
    PeopleDirectory directory;

    @EJB
    AuditLog auditLog;

    @EJB
    TenantProbe probe;

    @EJB
    PreparedStatementPlans statementPlans;

    @Inject
    DatabaseVendor vendor;

    @BeforeEach
    void users() throws Exception {
        signInStandardUsers(TENANT, 4);
    }

    @Test
    void theDepartmentAdminSeesEveryoneOfTheTenant() throws Exception {
        int everyone = TenantContext.callAs(TENANT, probe::personIds).size();

        assertEquals(everyone, admin.call(() -> directory.search(page(0, 500))).total());
        assertEquals(everyone, leader.call(() -> directory.search(page(0, 500))).total());
    }

    /**
     * A page deep in the list sorted by unit (on PostgreSQL started at its unit from the people per unit, kept until
     * the roster changes) holds the rows of the whole list at the same place: both ways, with a filter, and for a
     * leader's subtree too.
     */
    @Test
    void aDeepPageSortedByUnitHoldsTheSameRowsAsTheWholeList() {
        for (AsUser user : List.of(admin, leader)) {
            for (boolean ascending : new boolean[] {true, false}) {
                for (PartyStatus status : new PartyStatus[] {null, PartyStatus.FULL_MEMBER}) {
                    List<Long> whole = idsByUnit(user, status, ascending, 0, 500);
                    assertTrue(whole.size() >= 12, "people of several units: " + whole.size());
                    for (int first : new int[] {1, 7, whole.size() / 2, whole.size() - 3}) {
                        assertEquals(whole.subList(first, Math.min(first + 10, whole.size())),
                                idsByUnit(user, status, ascending, first, 10),
                                "from row " + first + (ascending ? " up" : " down") + ", status " + status);
                    }
                }
            }
        }
    }

    private List<Long> idsByUnit(AsUser user, PartyStatus status, boolean ascending, int first, int size) {
        return user.call(() -> directory.search(new PersonSearch(null, null, status, PersonSortField.UNIT, ascending,
                first, size))).rows().stream().map(PersonRow::id).toList();
    }

    @Test
    void aBranchSecretarySeesOnlyTheirBranch() {
        List<PersonRow> visible = branchSecretary.call(() -> directory.search(page(0, 500))).rows();
        List<PersonRow> all = admin.call(() -> directory.search(page(0, 500))).rows();
        PersonRow outsider = all.stream().filter(row -> !row.unitName().equals(visible.get(0).unitName()))
                .findFirst().orElseThrow();

        assertTrue(visible.size() < all.size());
        assertEquals(1, visible.stream().map(PersonRow::unitName).distinct().count(), "one branch only");
        assertThrows(PersonNotFoundException.class, () -> branchSecretary.call(() -> directory.details(outsider.id())));
    }

    @Test
    void aMemberSeesAndEditsOnlyTheirOwnRecord() {
        long own = member.account().personId();
        ResultPage<PersonRow> visible = member.call(() -> directory.search(page(0, 500)));
        long someoneElse = admin.call(() -> directory.search(page(0, 500))).rows().stream()
                .filter(row -> row.id() != own).findFirst().orElseThrow().id();

        assertEquals(1, visible.total());
        assertEquals(own, visible.rows().get(0).id());
        assertThrows(PersonNotFoundException.class, () -> member.call(() -> directory.details(someoneElse)));

        PersonDetails details = member.call(() -> directory.details(own));
        PersonDetails saved = member.call(() -> directory.revise(own, details.version(),
                withPhone(details.profile(), "13900001111")));
        assertEquals("13900001111", saved.profile().phone());
    }

    @Test
    void theOrganizationsRecordOfAMemberIsKeptByTheBranchNotByTheMember() {
        long own = member.account().personId();
        PersonDetails details = member.call(() -> directory.details(own));
        PersonProfile p = details.profile();
        PersonProfile retiredAndFloating = new PersonProfile(p.name(), p.phone(), p.email(), PartyStatus.ACTIVIST, p.post(),
                p.assignedPost(), p.leadingCadreLevel(), true, true, true, "深圳", p.villageCategory());

        assertFalse(details.recordKept());
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> member.call(() -> directory.revise(own, details.version(), retiredAndFloating)));
        assertEquals("person.organizationKeepsRecord", refused.code());
        assertEquals(p, member.call(() -> directory.details(own)).profile(), "nothing changed");

        PersonDetails opened = branchSecretary.call(() -> directory.details(own));
        assertTrue(opened.recordKept());
        PersonDetails kept = branchSecretary.call(() -> directory.revise(own, opened.version(), new PersonProfile(p.name(),
                p.phone(), p.email(), p.partyStatus(), p.post(), p.assignedPost(), p.leadingCadreLevel(), p.retired(),
                !p.infirm(), p.floating(), p.floatingLocation(), p.villageCategory())));
        assertEquals(!p.infirm(), kept.profile().infirm());
        branchSecretary.call(() -> directory.revise(own, kept.version(), p));
    }

    @Test
    void aLeaderReadsButNeverChanges() {
        PersonRow anyone = leader.call(() -> directory.search(page(0, 1))).rows().get(0);
        PersonDetails details = leader.call(() -> directory.details(anyone.id()));

        assertFalse(details.editable());
        assertThrows(AccessDeniedException.class, () -> leader.call(() -> directory.revise(anyone.id(),
                details.version(), withPhone(details.profile(), "13900002222"))));
    }

    @Test
    void anAdministrativeHeadEditsNonPartyStaffOnly() {
        List<PersonRow> branch = administrativeHead.call(() -> directory.search(page(0, 500))).rows();
        PersonRow member = branch.stream().filter(row -> row.partyStatus() == PartyStatus.FULL_MEMBER)
                .findFirst().orElseThrow();

        assertFalse(administrativeHead.call(() -> directory.details(member.id())).editable());
        branch.stream().filter(row -> row.partyStatus() == PartyStatus.NON_PARTY_STAFF).findFirst()
                .ifPresent(staff -> assertTrue(administrativeHead.call(() -> directory.details(staff.id())).editable()));
    }

    @Test
    void theDatabaseFiltersSortsAndPages() {
        List<PersonRow> byName = new ArrayList<>();
        ResultPage<PersonRow> first = admin.call(() -> directory.search(page(0, 7)));
        for (int start = 0; start < first.total(); start += 7) {
            int from = start;
            byName.addAll(admin.call(() -> directory.search(page(from, 7))).rows());
        }
        Set<Long> ids = new HashSet<>();
        byName.forEach(row -> assertTrue(ids.add(row.id()), "no row on two pages"));
        assertEquals(first.total(), byName.size());

        String surname = byName.get(0).name().substring(0, 1);
        ResultPage<PersonRow> found = admin.call(() -> directory.search(
                new PersonSearch(surname, null, PartyStatus.FULL_MEMBER, PersonSortField.BIRTH_DATE, false, 0, 500)));
        assertTrue(found.total() > 0);
        found.rows().forEach(row -> {
            assertTrue(row.name().contains(surname));
            assertEquals(PartyStatus.FULL_MEMBER, row.partyStatus());
        });
        for (int i = 1; i < found.rows().size(); i++) {
            assertFalse(found.rows().get(i).birthDate().isAfter(found.rows().get(i - 1).birthDate()), "newest first");
        }
    }

    @Test
    void aNameIsFoundByAnyPartOfItInOrderAlsoAfterARename() {
        PersonRow someone = admin.call(() -> directory.search(page(5, 1))).rows().get(0);
        PersonDetails details = admin.call(() -> directory.details(someone.id()));
        admin.call(() -> directory.revise(someone.id(), details.version(), withName(details.profile(), "慕容翊鹤")));

        assertEquals(List.of(someone.id()), idsByName("慕容翊鹤"));
        assertEquals(List.of(someone.id()), idsByName("容翊"));
        assertEquals(List.of(someone.id()), idsByName("鹤"));
        assertEquals(List.of(), idsByName("翊容"), "the characters in another order");
        assertFalse(idsByName(someone.name()).contains(someone.id()), "not by the name they had");
        String onlyInTheOldName = someone.name().codePoints().mapToObj(Character::toString)
                .filter(character -> !"慕容翊鹤".contains(character)).findFirst().orElseThrow();
        assertFalse(idsByName(onlyInTheOldName).contains(someone.id()), "not by a character of the name they had");
    }

    /**
     * Counts on PostgreSQL are kept until the roster changes (RosterCounts): a page of one row from the second is
     * always counted, and every count after a change must show it. A tenant of its own, since people leave it.
     */
    @Test
    void everyCountFollowsTheChangesOfTheRoster() throws Exception {
        Fixtures.ensureTenant(provisioning, COUNTED, 6);
        AsUser keeper = AsUser.login(authentication, COUNTED, StandardLogin.ADMIN.username());
        long everyone = keeper.call(() -> directory.search(page(1, 1))).total();
        assertEquals(everyone, keeper.call(() -> directory.search(page(1, 1))).total());
        long departedBefore = keeper.call(() -> directory.search(departed())).total();
        List<PersonRow> some = keeper.call(() -> directory.search(page(10, 3))).rows();

        keeper.call(() -> directory.depart(some.get(0).id(), Departure.DECEASED));
        assertEquals(everyone - 1, keeper.call(() -> directory.search(page(1, 1))).total());
        assertEquals(departedBefore + 1, keeper.call(() -> directory.search(departed())).total());

        long renamed = some.get(1).id();
        PersonDetails opened = keeper.call(() -> directory.details(renamed));
        keeper.call(() -> directory.revise(renamed, opened.version(), withName(opened.profile(), "慕容翊")));
        assertEquals(1, counted(keeper, "慕容翊"));
        PersonDetails again = keeper.call(() -> directory.details(renamed));
        keeper.call(() -> directory.revise(renamed, again.version(), withName(again.profile(), "慕容鹤")));
        assertEquals(0, counted(keeper, "慕容翊"));
        assertEquals(1, counted(keeper, "慕容鹤"));

        PersonRow moving = some.get(2);
        long from = TenantContext.callAs(COUNTED, () -> probe.unitIdOf(moving.id()));
        long otherPerson = keeper.call(() -> directory.search(page(0, 500))).rows().stream()
                .filter(row -> !row.unitName().equals(moving.unitName())).findFirst().orElseThrow().id();
        long to = TenantContext.callAs(COUNTED, () -> probe.unitIdOf(otherPerson));
        long inFrom = keeper.call(() -> directory.search(inUnit(from))).total();
        long inTo = keeper.call(() -> directory.search(inUnit(to))).total();
        keeper.call(() -> directory.transfer(moving.id(), to));
        assertEquals(inFrom - 1, keeper.call(() -> directory.search(inUnit(from))).total());
        assertEquals(inTo + 1, keeper.call(() -> directory.search(inUnit(to))).total());
        assertEquals(everyone - 1, keeper.call(() -> directory.search(page(1, 1))).total(), "a transfer adds no one");
    }

    /** A page of one row from the second: always counted, whether the search finds none, one or more. */
    private long counted(AsUser user, String text) {
        return user.call(() -> directory.search(new PersonSearch(text, null, null, PersonSortField.NAME, true, 1, 1)))
                .total();
    }

    private static PersonSearch departed() {
        return new PersonSearch(null, null, null, PersonSortField.NAME, true, 1, 1, true);
    }

    private static PersonSearch inUnit(long unitId) {
        return new PersonSearch(null, unitId, null, PersonSortField.NAME, true, 1, 1);
    }

    /**
     * On PostgreSQL a search by a name's characters is planned for the characters searched however often it runs:
     * a common surname and a rare character want different plans (IndexedNameMatch). Twenty searches in one
     * transaction share its connection and their prepared statement, well past the five executions after which
     * PostgreSQL may otherwise keep one generic plan for any character.
     */
    @Test
    void aNameSearchIsPlannedForItsCharactersHoweverOftenItRuns() {
        Assumptions.assumeTrue(vendor.isPostgresql(), "prepared statements' plans are PostgreSQL's; this run is on H2");
        String common = admin.call(() -> directory.search(page(0, 500))).rows().stream()
                .flatMap(row -> row.name().codePoints().mapToObj(Character::toString))
                .collect(Collectors.groupingBy(character -> character, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        PersonSearch newestFirst = new PersonSearch(common, null, null, PersonSortField.BIRTH_DATE, false, 0, 20);

        PreparedStatementPlans.Plans plans = admin.call(() -> statementPlans.afterRepeating(20,
                () -> directory.search(newestFirst), "FROM person_name_character"));

        assertTrue(plans.custom() > 0, "the search's statement was prepared: " + plans);
        assertEquals(0, plans.generic(), "no plan kept for any character: " + plans);
    }

    /** The people found by the text, on a page of the most rows a page may hold. */
    private List<Long> idsByName(String text) {
        return admin.call(() -> directory.search(new PersonSearch(text, null, null, PersonSortField.NAME, true, 0, 500)))
                .rows().stream().map(PersonRow::id).toList();
    }

    @Test
    void anEditIsAuditedWithBeforeAndAfter() {
        PersonRow someone = admin.call(() -> directory.search(page(3, 1))).rows().get(0);
        PersonDetails details = admin.call(() -> directory.details(someone.id()));

        admin.call(() -> directory.revise(someone.id(), details.version(), withPhone(details.profile(), "0371-63212345")));

        List<AuditRow> history = admin.call(() -> auditLog.search(
                new AuditSearch(null, "Person", someone.id(), AuditAction.UPDATE, 0, 10))).rows();
        assertEquals(1, history.size());
        assertEquals(StandardLogin.ADMIN.username(), history.get(0).actor());
        assertTrue(history.get(0).afterState().contains("0371-63212345"), history.get(0).afterState());
        assertFalse(history.get(0).beforeState().contains("0371-63212345"));
        assertEquals(List.of(new FieldChange("phone", details.profile().phone() == null ? "" : details.profile().phone(),
                "0371-63212345")), history.get(0).changes(), "the one changed field");
        assertThrows(AccessDeniedException.class, () -> branchSecretary.call(() -> auditLog.search(
                new AuditSearch(null, null, null, null, 0, 10))), "only the department admin reads the trail");
    }

    @Test
    void aRefusedEditChangesNothingAndLeavesNoTrace() {
        PersonRow someone = admin.call(() -> directory.search(page(4, 1))).rows().get(0);
        PersonDetails details = admin.call(() -> directory.details(someone.id()));
        PersonProfile floatingNowhere = new PersonProfile(details.profile().name(), details.profile().phone(),
                details.profile().email(), details.profile().partyStatus(), null, null, null, false, false, true, " ", null);

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> admin.call(() -> directory.revise(someone.id(), details.version(), floatingNowhere)));
        assertEquals("person.floatingLocationRequired", refused.code());
        assertThrows(RuleViolation.class, () -> admin.call(() -> directory.revise(someone.id(), details.version(),
                withPhone(details.profile(), "12345"))));

        assertEquals(details, admin.call(() -> directory.details(someone.id())));
        assertEquals(0, admin.call(() -> auditLog.search(new AuditSearch(null, "Person", someone.id(), null, 0, 10)))
                .total());
    }

    @Test
    void twoEditorsSavingTheSameVersionAtOnceOneWinsTheOtherIsTold() throws Exception {
        PersonRow someone = admin.call(() -> directory.search(page(5, 1))).rows().get(0);
        PersonDetails opened = admin.call(() -> directory.details(someone.id()));
        ExecutorService editors = Executors.newFixedThreadPool(2);
        try {
            List<Callable<String>> saves = new ArrayList<>();
            for (String phone : List.of("13811110001", "13811110002")) {
                saves.add(() -> {
                    try {
                        admin.call(() -> directory.revise(someone.id(), opened.version(),
                                withPhone(opened.profile(), phone)));
                        return "saved " + phone;
                    } catch (StaleEditException | EJBException e) {
                        return "refused";
                    }
                });
            }
            List<String> results = AtOnce.outcomes(editors, saves);

            assertEquals(1, results.stream().filter(r -> r.startsWith("saved")).count(), results.toString());
            assertEquals(1, results.stream().filter("refused"::equals).count(), results.toString());
            String winner = results.stream().filter(r -> r.startsWith("saved")).findFirst().orElseThrow().substring(6);
            assertEquals(winner, admin.call(() -> directory.details(someone.id())).profile().phone());
            assertEquals(1, admin.call(() -> auditLog.search(new AuditSearch(null, "Person", someone.id(), null, 0, 10)))
                    .total(), "only the saved edit is in the trail");
        } finally {
            editors.shutdownNow();
        }
    }

    @Test
    void aStaleVersionIsRefused() {
        PersonRow someone = admin.call(() -> directory.search(page(6, 1))).rows().get(0);
        PersonDetails opened = admin.call(() -> directory.details(someone.id()));
        admin.call(() -> directory.revise(someone.id(), opened.version(), withPhone(opened.profile(), "13822220001")));

        assertThrows(StaleEditException.class, () -> admin.call(() -> directory.revise(someone.id(), opened.version(),
                withPhone(opened.profile(), "13822220002"))));
        assertEquals("13822220001", admin.call(() -> directory.details(someone.id())).profile().phone());
    }

    @Test
    void aTransferKeepsWhereThePersonBelongedWhen() throws Exception {
        PersonRow someone = branchSecretary.call(() -> directory.search(page(0, 500))).rows().stream()
                .filter(row -> row.id() != member.account().personId() && row.id() != branchSecretary.account().personId())
                .findFirst().orElseThrow();
        List<PersonRow> everyone = admin.call(() -> directory.search(page(0, 500))).rows();
        long other = everyone.stream().filter(row -> !row.unitName().equals(someone.unitName()))
                .findFirst().orElseThrow().id();
        long otherBranch = unitIdOf(other);

        assertThrows(AccessDeniedException.class,
                () -> branchSecretary.call(() -> directory.transfer(someone.id(), otherBranch)));
        PersonDetails moved = admin.call(() -> directory.transfer(someone.id(), otherBranch));

        assertFalse(moved.unitName().equals(someone.unitName()));
        assertEquals(2, moved.history().size(), moved.history().toString());
        assertEquals(someone.unitName(), moved.history().get(0).unitName());
        assertTrue(moved.history().get(0).leftOn() != null && moved.history().get(1).leftOn() == null);
        assertEquals("person.transferToSameBranch", assertThrows(RuleViolation.class,
                () -> admin.call(() -> directory.transfer(someone.id(), otherBranch))).code());
        assertEquals(1, admin.call(() -> auditLog.search(
                new AuditSearch(null, "Person", someone.id(), AuditAction.TRANSFER, 0, 10))).total());
    }

    private long unitIdOf(long personId) throws Exception {
        return TenantContext.callAs(TENANT, () -> probe.unitIdOf(personId));
    }

    private static PersonSearch page(int first, int size) {
        return new PersonSearch(null, null, null, PersonSortField.NAME, true, first, size);
    }

    private static PersonProfile withName(PersonProfile profile, String name) {
        return edited(profile, name, profile.phone());
    }

    private static PersonProfile withPhone(PersonProfile profile, String phone) {
        return edited(profile, profile.name(), phone);
    }

    private static PersonProfile edited(PersonProfile profile, String name, String phone) {
        return new PersonProfile(name, phone, profile.email(), profile.partyStatus(), profile.post(),
                profile.assignedPost(), profile.leadingCadreLevel(), profile.retired(), profile.infirm(),
                profile.floating(), profile.floatingLocation(), profile.villageCategory());
    }
}
