package org.jiannuo.it.account;

import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.Fixtures;
import org.jiannuo.it.support.TenantProbe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jiannuo.application.AccountAuthentication;
import org.jiannuo.application.AuthenticatedAccount;
import org.jiannuo.application.LoginRefusal;
import org.jiannuo.application.LoginRefusedException;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.application.account.AccountAdministration;
import org.jiannuo.application.account.AccountIssuance;
import org.jiannuo.application.account.AccountNotFoundException;
import org.jiannuo.application.account.AccountRow;
import org.jiannuo.application.account.AccountSearch;
import org.jiannuo.application.account.AccountState;
import org.jiannuo.application.account.ApiTokens;
import org.jiannuo.application.account.IssueScope;
import org.jiannuo.application.account.IssuedAccount;
import org.jiannuo.application.account.NewApiToken;
import org.jiannuo.application.account.PasswordChange;
import org.jiannuo.application.organization.Posts;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.application.people.PersonDetails;
import org.jiannuo.application.people.PersonNotFoundException;
import org.jiannuo.application.people.PersonRow;
import org.jiannuo.application.people.PersonSearch;
import org.jiannuo.application.people.PersonSortField;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.organization.Appointment;
import org.jiannuo.domain.model.person.Departure;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.infrastructure.generator.CountyPlan;
import org.jiannuo.infrastructure.generator.CountyProvisioning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts for the people of the roster, and roles that follow the posts they hold: issued to a whole branch
 * with one-time passwords that must be replaced, kept by the department and by secretaries within their
 * subtree only, disabled and enabled, personal tokens; an appointment, a replacement and a transfer change
 * what an already signed-in session may do on its next request.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    private static final String TENANT = "it-accounts";
    private static final String GOOD_PASSWORD = "Qingshan#Spring2026";

    @EJB
    CountyProvisioning provisioning;

    @EJB
    AccountAuthentication authentication;

    @EJB
    AccountIssuance issuance;

    @EJB
    AccountAdministration administration;

    @EJB
    PasswordChange passwordChange;

    @EJB
    ApiTokens tokens;

    @EJB
    Posts posts;

    @EJB
    PeopleDirectory directory;

    @EJB
    TenantProbe probe;

    private AsUser admin;
    private AsUser branchSecretary;
    private long ownBranch;
    private long otherBranch;

    @BeforeEach
    void county() throws Exception {
        if (!provisioning.exists(TENANT)) {
            // One committee, two branches of thirty people each.
            provisioning.provision(TENANT, "账号测试组织部", new CountyPlan("账号县", 1, 2, 30, 611L), Fixtures.PASSWORD);
        }
        admin = AsUser.login(authentication, TENANT, StandardLogin.ADMIN.username());
        branchSecretary = AsUser.login(authentication, TENANT, StandardLogin.BRANCH_SECRETARY.username());
        ownBranch = branchSecretary.account().scopeUnitId();
        otherBranch = admin.call(() -> directory.search(search(null, 200)).rows().stream()
                .map(row -> probe.unitIdOf(row.id())).filter(unit -> unit != ownBranch).findFirst().orElseThrow());
    }

    @Test
    void aWholeBranchSignsInOnceWithItsOneTimePasswordsThenWithPasswordsOfItsOwn() throws Exception {
        long inBranch = admin.call(() -> directory.count(search(ownBranch, 1)));
        List<Long> candidates = admin.call(() -> issuance.candidates(new IssueScope(null, ownBranch)));
        long accountsBefore = admin.call(() -> administration.list(new AccountSearch(ownBranch, null, null), 0, 100))
                .rows().stream().filter(row -> row.state() != AccountState.NONE).count();
        assertEquals(inBranch - accountsBefore, candidates.size(), "everyone of the branch without an account");
        assertTrue(candidates.size() >= 25, "a branch of thirty, less its few standard logins");

        List<IssuedAccount> issued = admin.call(() -> issuance.issue(candidates));

        assertEquals(candidates.size(), issued.size());
        assertEquals(issued.size(), new HashSet<>(issued.stream().map(IssuedAccount::username).toList()).size(),
                "usernames are unique");
        assertTrue(admin.call(() -> issuance.candidates(new IssueScope(null, ownBranch))).isEmpty(),
                "issuing again gives nobody a second account");
        assertEquals(0, admin.call(() -> administration.list(new AccountSearch(ownBranch, AccountState.NONE, null), 0, 10))
                .total());

        IssuedAccount first = issued.get(0);
        AuthenticatedAccount signedIn = authentication.authenticate(TENANT, first.username(), first.oneTimePassword());
        assertTrue(signedIn.mustChangePassword(), "a one-time password must be replaced");
        AsUser newcomer = AsUser.of(signedIn);

        assertEquals("password.tooShort", refused(() -> newcomer.call(() ->
                passwordChange.change(first.oneTimePassword(), "Short#1"))).code());
        assertEquals("password.common", refused(() -> newcomer.call(() ->
                passwordChange.change(first.oneTimePassword(), "woaini1314520"))).code());
        assertEquals("password.containsUsername", refused(() -> newcomer.call(() ->
                passwordChange.change(first.oneTimePassword(), "X" + first.username() + "#2026abc"))).code());
        assertEquals("password.currentWrong", refused(() -> newcomer.call(() ->
                passwordChange.change("not-the-one-time-password", GOOD_PASSWORD))).code());

        AuthenticatedAccount changed = newcomer.call(() -> passwordChange.change(first.oneTimePassword(), GOOD_PASSWORD));

        assertFalse(changed.mustChangePassword());
        assertTrue(authentication.refresh(signedIn).isEmpty(), "sessions from before the change end");
        assertTrue(authentication.refresh(changed).isPresent(), "the session that changed it goes on");
        assertEquals(LoginRefusal.BAD_CREDENTIALS, refusal(first.username(), first.oneTimePassword()));
        assertFalse(authentication.authenticate(TENANT, first.username(), GOOD_PASSWORD).mustChangePassword());
    }

    @Test
    void anAppointedSecretaryGainsTheBranchAtOnceAndLosesItWhenReplaced() throws Exception {
        List<PersonRow> fullMembers = plainMembersOf(otherBranch);
        PersonRow appointee = fullMembers.get(0);
        PersonRow successor = fullMembers.get(1);
        AuthenticatedAccount session = signInWithOwnPassword(appointee.id());
        assertEquals(List.of(Role.MEMBER), List.copyOf(session.roles()));
        assertEquals(1, AsUser.of(session).call(() -> directory.count(search(null, 1))), "a member sees only themselves");

        admin.call(() -> {
            posts.appoint(appointee.id(), Appointment.SECRETARY, otherBranch);
            return null;
        });
        AuthenticatedAccount asSecretary = authentication.refresh(session).orElseThrow();

        assertTrue(asSecretary.hasRole(Role.BRANCH_SECRETARY), "the same session is the branch's secretary now");
        assertEquals(otherBranch, asSecretary.scopeUnitId());
        assertTrue(AsUser.of(asSecretary).call(() -> directory.count(search(null, 1))) > 20, "and keeps its roster");

        admin.call(() -> {
            posts.appoint(successor.id(), Appointment.SECRETARY, otherBranch);
            return null;
        });
        AuthenticatedAccount replaced = authentication.refresh(asSecretary).orElseThrow();

        assertFalse(replaced.hasRole(Role.BRANCH_SECRETARY), "replaced: the role is gone on the next request");
        assertEquals(1, AsUser.of(replaced).call(() -> directory.count(search(null, 1))));
        assertThrows(AccessDeniedException.class, () -> AsUser.of(replaced).call(() ->
                issuance.candidates(IssueScope.everyoneWithoutAccount())));
    }

    @Test
    void aTransferEndsTheBranchStaffPostOfTheOldBranch() throws Exception {
        PersonRow staff = plainMembersOf(otherBranch).get(2);
        AuthenticatedAccount session = signInWithOwnPassword(staff.id());
        admin.call(() -> {
            posts.appoint(staff.id(), Appointment.BRANCH_STAFF, otherBranch);
            return null;
        });
        AuthenticatedAccount asStaff = authentication.refresh(session).orElseThrow();
        assertTrue(asStaff.hasRole(Role.BRANCH_STAFF));

        admin.call(() -> directory.transfer(staff.id(), ownBranch));

        AuthenticatedAccount transferred = authentication.refresh(asStaff).orElseThrow();
        assertFalse(transferred.hasRole(Role.BRANCH_STAFF), "the old branch's post ended with the transfer");
        assertTrue(admin.call(() -> posts.of(staff.id())).isEmpty());
    }

    @Test
    void aSecretaryKeepsTheAccountsOfTheirOwnBranchOnly() throws Exception {
        PersonRow elsewhere = plainMembersOf(otherBranch).get(3);
        assertThrows(AccessDeniedException.class, () -> branchSecretary.call(() ->
                issuance.candidates(new IssueScope(List.of(elsewhere.id()), null))));
        assertThrows(UnitNotFoundException.class, () -> branchSecretary.call(() ->
                issuance.candidates(new IssueScope(null, otherBranch))), "another branch is not in reach");
        signInWithOwnPassword(elsewhere.id());
        long accountId = accountOf(elsewhere.id());
        assertThrows(AccountNotFoundException.class, () -> branchSecretary.call(() -> administration.reset(accountId)));
        assertThrows(AccountNotFoundException.class, () -> branchSecretary.call(() -> {
            administration.disable(accountId);
            return null;
        }));
        long superiorsAccount = authentication.authenticate(TENANT, StandardLogin.COMMITTEE_SECRETARY.username(),
                Fixtures.PASSWORD).accountId();
        assertThrows(AccountNotFoundException.class, () -> branchSecretary.call(() -> administration.reset(superiorsAccount)),
                "the committee's secretary is a member of the branch, but their account is not the branch's to reset");
        List<AccountRow> seen = branchSecretary.call(() -> administration.list(new AccountSearch(null, null, null), 0, 500))
                .rows();
        assertFalse(seen.isEmpty());
        assertTrue(seen.stream().noneMatch(row -> row.personId() == elsewhere.id()), "the list keeps to the branch");
    }

    @Test
    void aDisabledAccountNeitherSignsInNorUsesItsTokensNorKeepsItsSession() throws Exception {
        PersonRow person = plainMembersOf(otherBranch).get(4);
        AuthenticatedAccount session = signInWithOwnPassword(person.id());
        NewApiToken token = AsUser.of(session).call(() -> tokens.create("script", 30));
        assertEquals(session.accountId(), authentication.authenticateToken(token.token(), "127.0.0.1").accountId());
        long accountId = accountOf(person.id());

        admin.call(() -> {
            administration.disable(accountId);
            return null;
        });

        assertEquals(LoginRefusal.ACCOUNT_DISABLED, refusal(session.username(), GOOD_PASSWORD));
        assertEquals(LoginRefusal.BAD_CREDENTIALS, assertThrows(LoginRefusedException.class,
                () -> authentication.authenticateToken(token.token(), "127.0.0.1")).refusal());
        assertTrue(authentication.refresh(session).isEmpty(), "the open session ends");

        admin.call(() -> {
            administration.enable(accountId);
            return null;
        });
        assertNotNull(authentication.authenticate(TENANT, session.username(), GOOD_PASSWORD));
    }

    @Test
    void aRevokedTokenIsRefusedAndAnotherTenantsTokenFindsNothing() throws Exception {
        AuthenticatedAccount session = signInWithOwnPassword(plainMembersOf(otherBranch).get(5).id());
        NewApiToken token = AsUser.of(session).call(() -> tokens.create("ci", 7));
        assertTrue(token.token().startsWith("jn_" + TENANT + "_"));
        assertFalse(AsUser.of(session).call(() -> tokens.list()).get(0).toString().contains(token.token()),
                "the secret is shown once, never listed");

        AsUser.of(session).call(() -> {
            tokens.revoke(token.id());
            return null;
        });

        assertThrows(LoginRefusedException.class, () -> authentication.authenticateToken(token.token(), "127.0.0.1"));
        String forged = token.token().replace("jn_" + TENANT + "_", "jn_" + Fixtures.TENANT_A + "_");
        assertThrows(LoginRefusedException.class, () -> authentication.authenticateToken(forged, "127.0.0.1"));
    }

    /** Below the limit, so that none finds the account already waiting: each must be counted, none lost. */
    @Test
    void aPersonWhoLeavesTheRosterKeepsTheirRecordButLosesPostsAccountAndTokens() throws Exception {
        PersonRow leaving = plainMembersOf(otherBranch).get(6);
        AuthenticatedAccount session = signInWithOwnPassword(leaving.id());
        NewApiToken token = AsUser.of(session).call(() -> tokens.create("script", 30));
        admin.call(() -> {
            posts.appoint(leaving.id(), Appointment.BRANCH_STAFF, otherBranch);
            return null;
        });
        long accountId = accountOf(leaving.id());
        assertThrows(PersonNotFoundException.class, () -> branchSecretary.call(() ->
                directory.depart(leaving.id(), Departure.TRANSFERRED_OUT)), "another branch's member is out of reach");

        PersonDetails departed = admin.call(() -> directory.depart(leaving.id(), Departure.TRANSFERRED_OUT));

        assertEquals(Departure.TRANSFERRED_OUT, departed.departure());
        assertEquals(LocalDate.now(), departed.departedOn());
        assertFalse(departed.editable(), "the record is kept as it was");
        assertEquals(LocalDate.now(), departed.history().get(departed.history().size() - 1).leftOn(),
                "the stay in the branch ended today");
        assertTrue(admin.call(() -> posts.of(leaving.id())).isEmpty(), "every post ended");
        assertEquals(LoginRefusal.ACCOUNT_DISABLED, refusal(session.username(), GOOD_PASSWORD));
        assertTrue(authentication.refresh(session).isEmpty(), "the open session ends");
        assertEquals(LoginRefusal.BAD_CREDENTIALS, assertThrows(LoginRefusedException.class,
                () -> authentication.authenticateToken(token.token(), "127.0.0.1")).refusal());
        assertEquals("account.personDeparted", refused(() -> admin.call(() -> {
            administration.enable(accountId);
            return null;
        })).code());

        assertTrue(admin.call(() -> directory.rows(search(otherBranch, 100))).stream()
                .noneMatch(row -> row.id() == leaving.id()), "off the roster");
        assertTrue(admin.call(() -> directory.rows(new PersonSearch(null, otherBranch, null, PersonSortField.NAME,
                true, 0, 100, true))).stream().anyMatch(row -> row.id() == leaving.id()), "listed among those who left");
        assertEquals(leaving.id(), admin.call(() -> directory.details(leaving.id())).id(), "nothing is deleted");
        assertEquals("person.departed", refused(() -> admin.call(() -> directory.transfer(leaving.id(), ownBranch)))
                .code());
        assertEquals("person.departed", refused(() -> admin.call(() ->
                directory.depart(leaving.id(), Departure.DECEASED))).code());
    }

    @Test
    void parallelCallsWithOneTokenOrOnePasswordAllGetThrough() throws Exception {
        AuthenticatedAccount session = signInWithOwnPassword(plainMembersOf(otherBranch).get(7).id());
        NewApiToken token = AsUser.of(session).call(() -> tokens.create("parallel", 30));
        int calls = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        try {
            List<Future<Long>> answers = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                boolean withToken = i % 3 != 0;
                answers.add(pool.submit(() -> {
                    start.await();
                    return withToken ? authentication.authenticateToken(token.token(), "127.0.0.1").accountId()
                            : authentication.authenticate(TENANT, session.username(), GOOD_PASSWORD).accountId();
                }));
            }
            start.countDown();
            for (Future<Long> answer : answers) {
                assertEquals(session.accountId(), answer.get(), "no call fails on another's bookkeeping");
            }
        } finally {
            pool.shutdownNow();
        }
        assertNotNull(AsUser.of(session).call(() -> tokens.list()).get(0).lastUsedAt(), "the use was noted");
    }

    @Test
    void wrongPasswordsSentAtOnceAreEachCounted() throws Exception {
        String username = StandardLogin.ADMINISTRATIVE_HEAD.username();
        int guesses = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        try {
            List<Future<LoginRefusal>> answers = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                String guess = "wrong-guess-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return refusal(username, guess);
                }));
            }
            start.countDown();
            for (Future<LoginRefusal> answer : answers) {
                assertEquals(LoginRefusal.BAD_CREDENTIALS, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(guesses, admin.call(() -> probe.failedLogins(username)), "no guess went uncounted");
        assertEquals(LoginRefusal.ACCOUNT_LOCKED, refusal(username, "wrong-guess-5"), "the fifth makes it wait");
        assertEquals(LoginRefusal.ACCOUNT_LOCKED, refusal(username, Fixtures.PASSWORD), "even for the right one");
    }

    /** Gives the person an account and signs them in with a password of their own. */
    private AuthenticatedAccount signInWithOwnPassword(long personId) throws Exception {
        IssuedAccount issued = admin.call(() -> {
            List<Long> candidates = issuance.candidates(new IssueScope(List.of(personId), null));
            return candidates.isEmpty() ? null : issuance.issue(candidates).get(0);
        });
        assertNotNull(issued, "the person had no account yet");
        AuthenticatedAccount first = authentication.authenticate(TENANT, issued.username(), issued.oneTimePassword());
        AsUser.of(first).call(() -> passwordChange.change(issued.oneTimePassword(), GOOD_PASSWORD));
        return authentication.authenticate(TENANT, issued.username(), GOOD_PASSWORD);
    }

    private long accountOf(long personId) {
        return admin.call(() -> administration.list(new AccountSearch(null, null, null), 0, 500)).rows().stream()
                .filter(row -> row.personId() == personId).findFirst().orElseThrow().accountId();
    }

    /** Full members of the branch who hold no post and have no account yet. */
    private List<PersonRow> plainMembersOf(long branchId) {
        List<Long> withoutAccount = admin.call(() -> issuance.candidates(new IssueScope(null, branchId)));
        return admin.call(() -> directory.rows(search(branchId, 100))).stream()
                .filter(row -> row.partyStatus() == PartyStatus.FULL_MEMBER && withoutAccount.contains(row.id()))
                .filter(row -> admin.call(() -> posts.of(row.id())).isEmpty())
                .toList();
    }

    private LoginRefusal refusal(String username, String password) {
        return assertThrows(LoginRefusedException.class,
                () -> authentication.authenticate(TENANT, username, password)).refusal();
    }

    private static RuleViolation refused(org.junit.jupiter.api.function.Executable action) {
        return assertThrows(RuleViolation.class, action);
    }

    private static PersonSearch search(Long unitId, int size) {
        return new PersonSearch(null, unitId, null, PersonSortField.NAME, true, 0, size);
    }
}
