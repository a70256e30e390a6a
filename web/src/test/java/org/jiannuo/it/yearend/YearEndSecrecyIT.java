package org.jiannuo.it.yearend;

import static org.jiannuo.it.support.YearEndDriver.lastDay;
import static org.jiannuo.it.support.YearEndDriver.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jiannuo.application.ballot.CodeBallots;
import org.jiannuo.application.ballot.Occasions;
import org.jiannuo.application.yearend.BranchEvaluationView;
import org.jiannuo.application.yearend.BranchEvaluations;
import org.jiannuo.application.yearend.CampaignView;
import org.jiannuo.application.yearend.Campaigns;
import org.jiannuo.application.yearend.MemberLine;
import org.jiannuo.application.yearend.YearEndSettings;
import org.jiannuo.domain.model.ballot.Scale;
import org.jiannuo.domain.model.yearend.AnnualGrade;
import org.jiannuo.it.support.BallotSecrecyScan;
import org.jiannuo.it.support.BallotSecrecyScan.Tables;
import org.jiannuo.it.support.StandardUsersTestBase;
import org.jiannuo.it.support.YearEndDriver;
import org.junit.jupiter.api.Test;

/**
 * The year-end ballots are secret from whoever holds the database and the application log, but not the application's
 * key (issue 13). A branch's year-end goes the whole way to publication: the members' mutual evaluation and final
 * 优秀/合格/不合格 ballot, the masses' forms cast with participation codes. What each batch of ballots wrote is read
 * from every table: a receipt and a sealed ballot per member and occasion, a spent code and a sealed ballot per form,
 * and nothing that names a voter, a code, a choice, a time or an order. After publication no table holds a choice
 * outside the counts and the results the branch decided, no sealed ballot is left, and the application log names no
 * choice and no code. Each check is shown to catch a planted link, in a transaction rolled back.
 */
class YearEndSecrecyIT extends StandardUsersTestBase {

    private static final String TENANT = "it-yesecret-" + Long.toString(Math.floorMod(System.nanoTime(),
            1_000_000_000L), 36);

    /** Every option of the three scales, by name and by its Chinese label. */
    private static final List<String> CHOICES = choices();

    /** The counts written at close, the star grades and the results the branch proposes per member. */
    private static final Set<String> COUNTS_AND_RESULTS = Set.of("ballot_count.choice", "grading.grade",
            "grading.suggested_grade", "year_end_member.suggested_grade", "year_end_member.proposed_grade");

    @EJB
    YearEndSettings settings;

    @EJB
    Campaigns campaigns;

    @EJB
    BranchEvaluations branches;

    @EJB
    Occasions occasions;

    @EJB
    CodeBallots codeBallots;

    @Resource(lookup = "java:app/jdbc/jiannuo")
    DataSource dataSource;

    private final LocalDate today = LocalDate.now();
    private final List<Tables> batches = new ArrayList<>();
    private final List<String> codesSpent = new ArrayList<>();
    private BranchEvaluationView started;
    private List<Long> voters;
    private List<String> voterMarks;

    @Test
    void noTableNorTheLogLinksAVoterOrACodeToAChoice() throws Exception {
        signInStandardUsers(TENANT, 83);
        long unitId = branchSecretary.account().scopeUnitId();
        // Half may be excellent here, so that the branch's first member is.
        admin.call(() -> settings.change(new YearEndSettings.Settings(80, 50)));
        CampaignView campaign = admin.call(() -> campaigns.open(today.getYear(), today, lastDay(today)));
        started = branchSecretary.call(() -> branches.start(campaign.id(), unitId));
        List<MemberLine> lines = started.members();
        assertTrue(lines.size() >= 3, "the fixture's branch has members to vote: " + lines.size());
        voters = lines.stream().map(MemberLine::personId).toList();
        // The voters' accounts as the driver signs them in, and the login they are made like.
        voterMarks = new ArrayList<>(voters.stream().map(id -> "voter-" + id).toList());
        voterMarks.add(member.account().username());
        long first = voters.get(0);
        long last = voters.get(voters.size() - 1);

        BallotSecrecyScan.listenToTheApplicationLog();
        BranchEvaluationView published;
        try {
            published = new YearEndDriver(branches, occasions, codeBallots).publish(TENANT, started, branchSecretary,
                    committeeSecretary, member, Map.of(first, AnnualGrade.EXCELLENT, last, AnnualGrade.UNQUALIFIED),
                    this::watched);
        } finally {
            List<String> logged = BallotSecrecyScan.stopListening();
            BallotSecrecyScan.assertLogHoldsNone(logged, CHOICES, codesSpent);
        }
        assertEquals(AnnualGrade.EXCELLENT, line(published, first).proposed());
        assertEquals(AnnualGrade.UNQUALIFIED, line(published, last).proposed());
        assertEquals(voters.size(), published.ballot().ballotsCast());
        assertEquals(started.massRequired(), published.massForms());

        // The members' batch: a receipt and a sealed ballot per member and occasion, nothing else.
        Tables members = batches.get(0);
        assertEquals(Set.of("ballot_voter", "sealed_ballot"), members.names());
        assertEquals(2 * voters.size(), members.rows("ballot_voter"));
        assertEquals(2 * voters.size(), members.rows("sealed_ballot"));
        // The masses' batch: each code spent and a sealed ballot per form, nothing else.
        Tables masses = batches.get(1);
        assertEquals(Set.of("participation_code", "sealed_ballot"), masses.names());
        assertEquals(codesSpent.size(), masses.rows("participation_code"));
        assertEquals(codesSpent.size(), masses.rows("sealed_ballot"));

        Tables after = BallotSecrecyScan.read(dataSource, TENANT);
        after.assertSealedBallotsCounted();
        after.assertNoChoiceStored(CHOICES, COUNTS_AND_RESULTS);
        // A masses' choice beside a member is caught, as is a logged choice or code.
        Tables planted = BallotSecrecyScan.readPlanted(dataSource, TENANT, "UPDATE year_end_member"
                + " SET leader_comment = 'DISSATISFIED' WHERE branch_evaluation_id = " + started.id()
                + " AND person_id = " + first);
        BallotSecrecyScan.assertCaught(() -> planted.assertNoChoiceStored(CHOICES, COUNTS_AND_RESULTS), "year_end_member");
        BallotSecrecyScan.assertCaught(() -> BallotSecrecyScan.assertLogHoldsNone(List.of("ballot of voter-" + first + ": P" + last
                + "=UNQUALIFIED"), CHOICES, codesSpent), "UNQUALIFIED");
        BallotSecrecyScan.assertCaught(() -> BallotSecrecyScan.assertLogHoldsNone(List.of("form " + codesSpent.get(0)), CHOICES,
                codesSpent), codesSpent.get(0));
    }

    /**
     * Runs a batch of ballots between two readings of every table and checks what it wrote. After the members'
     * batch, while its sealed ballots are still there, the check is shown to catch a receipt naming its voter, a
     * ballot in clear, a time and an order written with the ballots.
     */
    private void watched(Runnable batch, List<String> codes) {
        try {
            Tables before = BallotSecrecyScan.read(dataSource, TENANT);
            batch.run();
            Tables written = BallotSecrecyScan.read(dataSource, TENANT).writtenSince(before);
            codesSpent.addAll(codes);
            List<String> marks = BallotSecrecyScan.marks(voterMarks, codes);
            written.assertNoVoterLinked(CHOICES, marks, voters);
            batches.add(written);
            if (codes.isEmpty()) {
                String mutual = " WHERE tenant_code = '" + TENANT + "' AND occasion_id = " + started.mutual().id();
                plantedInVoting(before, "UPDATE ballot_voter SET voter_hash = '" + voterMarks.get(0) + "'" + mutual
                        + " AND voter_hash = (SELECT MIN(voter_hash) FROM ballot_voter" + mutual + ")", marks,
                        "ballot_voter");
                String ballot = " WHERE tenant_code = '" + TENANT + "' AND occasion_id = " + started.ballot().id();
                plantedInVoting(before, "UPDATE sealed_ballot SET sealed = 'EXCELLENT'" + ballot
                        + " AND id = (SELECT MIN(id) FROM sealed_ballot" + ballot + ")", marks, "sealed_ballot");
                plantedInVoting(before, "UPDATE year_end_branch SET proposed_at = CURRENT_TIMESTAMP WHERE id = "
                        + started.id(), marks, "year_end_branch");
                plantedInVoting(before, "UPDATE year_end_member SET version = version + 1"
                        + " WHERE branch_evaluation_id = " + started.id(), marks, "year_end_member");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void plantedInVoting(Tables before, String plant, List<String> marks, String table) throws SQLException {
        Tables written = BallotSecrecyScan.readPlanted(dataSource, TENANT, plant).writtenSince(before);
        BallotSecrecyScan.assertCaught(() -> written.assertNoVoterLinked(CHOICES, marks, voters), table);
    }


    private static List<String> choices() {
        List<String> choices = new ArrayList<>();
        for (Scale scale : Scale.values()) {
            choices.addAll(scale.options());
        }
        choices.addAll(List.of("好", "较好", "一般", "差", "不了解", "优秀", "合格", "不合格", "满意", "基本满意", "不满意"));
        return choices;
    }
}
