package org.jiannuo.it.ballot;

import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.AtOnce;
import org.jiannuo.it.support.StandardUsersTestBase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jiannuo.application.ballot.CodeBallots;
import org.jiannuo.application.ballot.CodePaper;
import org.jiannuo.application.ballot.IssuedCodes;
import org.jiannuo.application.ballot.NewOccasion;
import org.jiannuo.application.ballot.OccasionNotFoundException;
import org.jiannuo.application.ballot.OccasionResults;
import org.jiannuo.application.ballot.OccasionView;
import org.jiannuo.application.ballot.Occasions;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.application.people.PersonRow;
import org.jiannuo.application.people.PersonSearch;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.domain.model.ballot.Eligibility;
import org.jiannuo.domain.model.ballot.OccasionState;
import org.jiannuo.domain.model.ballot.Scale;
import org.jiannuo.domain.model.ballot.VotingMode;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Occasions beyond the monthly meeting on the ballot engine: the masses' satisfaction form cast with
 * participation codes (one use each, also under concurrency; a wrong code and another occasion's
 * code refused alike) and the year-end ballot among a branch's members, each on its own scale.
 */
class BallotOccasionIT extends StandardUsersTestBase {

    private static final String TENANT = "it-occ-" + Long.toString(Math.floorMod(System.nanoTime(), 1_000_000_000L), 36);

    @EJB
    Occasions occasions;

    @EJB
    CodeBallots codeBallots;

    @EJB
    PeopleDirectory people;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:app/jdbc/jiannuo")
    DataSource dataSource;

    private long branchId;

    @BeforeEach
    void users() throws Exception {
        signInStandardUsers(TENANT, 53);
        branchId = branchSecretary.account().scopeUnitId();
    }

    private OccasionView satisfactionForm(String title) {
        return branchSecretary.call(() -> occasions.create(new NewOccasion(branchId, title, Scale.SATISFACTION,
                Eligibility.PARTICIPATION_CODES, VotingMode.ELECTRONIC, List.of("支部班子", "党员队伍"))));
    }

    private static Map<String, String> all(CodePaper paper, String option) {
        return paper.subjects().stream().collect(Collectors.toMap(line -> line.key(), line -> option));
    }

    @Test
    void aParticipationCodeCastsOneBallotAndNamesNobody() throws Exception {
        OccasionView form = satisfactionForm("群众满意度测评");
        assertEquals(List.of("SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"), form.options());
        assertThrows(OccasionNotFoundException.class, () -> member.call(() -> occasions.issueCodes(form.id(), 5)),
                "a member neither sees the branch's form nor issues its codes");
        assertThrows(AccessDeniedException.class, () -> member.call(() -> occasions.create(new NewOccasion(branchId,
                "测评", Scale.SATISFACTION, Eligibility.PARTICIPATION_CODES, VotingMode.ELECTRONIC, List.of("班子")))),
                "a member sets up no ballot");
        assertEquals("occasion.noCodes", refused(() -> branchSecretary.call(() -> occasions.open(form.id()))));
        IssuedCodes codes = branchSecretary.call(() -> occasions.issueCodes(form.id(), 6));
        assertEquals(6, codes.codes().size());
        assertEquals(TENANT, codes.tenantCode());
        assertEquals("ballot.notOpenForVoting", refused(() -> codeBallots.paper(TENANT, form.id(), codes.codes().get(0))),
                "no paper before the occasion opens");
        branchSecretary.call(() -> occasions.open(form.id()));

        OccasionView other = satisfactionForm("另一次测评");
        IssuedCodes othersCodes = branchSecretary.call(() -> occasions.issueCodes(other.id(), 3));
        branchSecretary.call(() -> occasions.open(other.id()));

        CodePaper paper = codeBallots.paper(TENANT, form.id(), codes.codes().get(0));
        assertEquals("群众满意度测评", paper.title());
        assertEquals(2, paper.subjects().size());
        assertEquals(paper.occasionId(), codeBallots.paper(TENANT, null, codes.codes().get(0).toLowerCase()
                .replace("-", " ")).occasionId(), "a typed code is read in any case, with or without dashes");

        codeBallots.cast(TENANT, form.id(), codes.codes().get(0), all(paper, "SATISFIED"));
        assertEquals("code.spentOrUnknown", refused(() -> codeBallots.cast(TENANT, form.id(), codes.codes().get(0),
                all(paper, "DISSATISFIED"))), "a code casts once");
        assertEquals("code.spentOrUnknown", refused(() -> codeBallots.paper(TENANT, form.id(), codes.codes().get(0))),
                "a spent code opens no paper");
        assertEquals("code.spentOrUnknown", refused(() -> codeBallots.cast(TENANT, form.id(), "ABCD-EFGH-JKLM-NPQR",
                all(paper, "DISSATISFIED"))), "a wrong code");
        assertEquals("code.spentOrUnknown", refused(() -> codeBallots.cast(TENANT, form.id(), othersCodes.codes().get(0),
                all(paper, "DISSATISFIED"))), "another occasion's code");
        assertEquals("code.spentOrUnknown", refused(() -> codeBallots.cast("it-a", form.id(), codes.codes().get(1),
                all(paper, "DISSATISFIED"))), "a code in another tenant");
        assertEquals("ballot.notOnScale", refused(() -> codeBallots.cast(TENANT, form.id(), codes.codes().get(1),
                all(paper, "GOOD"))), "the meeting's 好 is not on this scale");
        assertEquals("ballot.incomplete", refused(() -> codeBallots.cast(TENANT, form.id(), codes.codes().get(1),
                Map.of(paper.subjects().get(0).key(), "SATISFIED"))));

        String contested = codes.codes().get(1);
        Callable<String> attempt = () -> AtOnce.ruleOutcome("cast",
                () -> codeBallots.cast(TENANT, form.id(), contested, all(paper, "BASICALLY_SATISFIED")));
        List<String> answers = AtOnce.outcomes(executor, Collections.nCopies(6, attempt));
        assertEquals(1, answers.stream().filter("cast"::equals).count(), "one ballot for one code: " + answers);
        assertTrue(answers.stream().filter(a -> !a.equals("cast")).allMatch("code.spentOrUnknown"::equals),
                answers.toString());

        codeBallots.cast(TENANT, form.id(), codes.codes().get(2), all(paper, "DISSATISFIED"));
        OccasionView open = branchSecretary.call(() -> occasions.view(form.id()));
        assertEquals(6, open.codesIssued());
        assertEquals(3, open.codesSpent());
        assertEquals(3, open.ballotsCast());
        assertEquals("ballot.notClosed", refused(() -> branchSecretary.call(() -> occasions.results(form.id()))),
                "no results while open");

        OccasionView closed = branchSecretary.call(() -> occasions.close(form.id()));
        assertEquals(OccasionState.CLOSED, closed.state());
        assertEquals("ballot.notOpenForVoting", refused(() -> codeBallots.cast(TENANT, form.id(), codes.codes().get(3),
                all(paper, "SATISFIED"))), "an unused code casts nothing once the occasion is closed");
        OccasionResults results = branchSecretary.call(() -> occasions.results(form.id()));
        assertTrue(results.shown());
        assertEquals(3, results.ballots());
        for (OccasionResults.SubjectCount subject : results.subjects()) {
            assertEquals(Map.of("SATISFIED", 1, "BASICALLY_SATISFIED", 1, "DISSATISFIED", 1), subject.counts(),
                    subject.name());
        }
    }

    @Test
    void theYearEndBallotIsCastByTheBranchsMembersOnItsOwnScale() {
        OccasionView ballot = branchSecretary.call(() -> occasions.create(new NewOccasion(branchId, "年终民主评议",
                Scale.EXCELLENCE, Eligibility.UNIT_MEMBERS, VotingMode.ELECTRONIC, List.of("张三", "李四", "王五"))));
        assertEquals("occasion.noCodesHere", refused(() -> branchSecretary.call(() -> occasions.issueCodes(ballot.id(), 3))));
        branchSecretary.call(() -> occasions.open(ballot.id()));
        OccasionView paper = member.call(() -> occasions.view(ballot.id()));
        assertTrue(paper.mayVote(), "a member of the branch votes");
        Map<String, String> choices = paper.subjects().stream()
                .collect(Collectors.toMap(line -> line.key(), line -> "EXCELLENT"));
        member.call(() -> {
            occasions.cast(ballot.id(), choices);
            return null;
        });
        assertEquals("ballot.alreadyCast", refused(() -> member.call(() -> {
            occasions.cast(ballot.id(), choices);
            return null;
        })));
        OccasionView after = member.call(() -> occasions.view(ballot.id()));
        assertTrue(after.hasVoted());
        assertFalse(after.mayVote());
        assertThrows(AccessDeniedException.class, () -> leader.call(() -> {
            occasions.cast(ballot.id(), choices);
            return null;
        }), "a leader reads the branch but is none of its people");
        PersonRow outsider = admin.call(() -> people.rows(new PersonSearch(null, null, null, null, true, 0, 500)))
                .stream().filter(person -> !person.unitName().equals(paper.unitName())).findFirst().orElseThrow();
        AsUser outsiderVoter = AsUser.member(member.account(), outsider.id(), branchId);
        assertThrows(OccasionNotFoundException.class, () -> outsiderVoter.call(() -> {
            occasions.cast(ballot.id(), choices);
            return null;
        }), "a member of another unit neither sees nor votes on it");
        branchSecretary.call(() -> occasions.close(ballot.id()));
        OccasionResults results = branchSecretary.call(() -> occasions.results(ballot.id()));
        assertFalse(results.shown(), "one ballot would give the voter away");
        assertEquals(1, results.ballots());
        assertTrue(results.subjects().stream().allMatch(subject -> subject.counts() == null));
        assertNull(results.subjects().get(0).counts());
    }

    @Test
    void theBallotTablesAreTenantOwnedUnderForcedRowLevelSecurity() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            Assumptions.assumeTrue(connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgres"), "row-level security is PostgreSQL's");
            for (String table : List.of("ballot_occasion", "ballot_subject", "ballot_voter", "sealed_ballot",
                    "participation_code", "ballot_count")) {
                try (ResultSet row = sql.executeQuery("SELECT c.relrowsecurity, c.relforcerowsecurity,"
                        + " (SELECT COUNT(*) FROM pg_policies p WHERE p.tablename = c.relname"
                        + " AND p.schemaname = current_schema()) FROM pg_class c"
                        + " WHERE c.relname = '" + table + "' AND c.relnamespace = current_schema()::regnamespace")) {
                    assertTrue(row.next(), table);
                    assertTrue(row.getBoolean(1) && row.getBoolean(2), table + " has forced row-level security");
                    assertEquals(1, row.getInt(3), table + " has its tenant policy");
                }
                try (ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    assertEquals(0, rows.getLong(1), table + ": no rows without a tenant");
                }
            }
        }
    }

    private static String refused(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).code();
    }
}
