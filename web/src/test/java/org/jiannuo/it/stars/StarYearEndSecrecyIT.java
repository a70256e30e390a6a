package org.jiannuo.it.stars;

import static org.jiannuo.it.stars.StarYearDriver.stars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jiannuo.application.ballot.CodeBallots;
import org.jiannuo.application.ballot.Occasions;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.application.stars.StarAppraisalView;
import org.jiannuo.application.stars.StarAppraisals;
import org.jiannuo.application.stars.StarRatingLine;
import org.jiannuo.domain.model.ballot.Scale;
import org.jiannuo.it.support.BallotSecrecyScan;
import org.jiannuo.it.support.BallotSecrecyScan.Tables;
import org.jiannuo.it.support.StandardUsersTestBase;
import org.junit.jupiter.api.Test;

/**
 * The year-end star appraisal's peer and mass ballots are secret as every ballot of the engine (issue 15, point 8):
 * what the members' peer ballots and the masses' coded forms wrote is read from every table, a receipt or a spent
 * code and a sealed ballot per ballot, nothing of the star appraisal, nothing naming a voter, a code, a choice, a time
 * or an order; after the count no sealed ballot is left and no table holds a choice outside the counts, and the
 * application log names no choice and no code. Each check is shown to catch a planted link.
 */
class StarYearEndSecrecyIT extends StandardUsersTestBase {

    private static final String TENANT = "it-starsec-" + Long.toString(Math.floorMod(System.nanoTime(),
            1_000_000_000L), 36);

    /** The options of the peer and mass scales, by name and by their Chinese labels. */
    private static final List<String> CHOICES = choices();

    /** The counts written at close. */
    private static final Set<String> COUNTS = Set.of("ballot_count.choice");

    @EJB
    PeopleDirectory people;

    @EJB
    StarAppraisals appraisals;

    @EJB
    Occasions occasions;

    @EJB
    CodeBallots codeBallots;

    @Resource(lookup = "java:app/jdbc/jiannuo")
    DataSource dataSource;

    private final int year = LocalDate.now().getYear();
    private final List<Tables> batches = new ArrayList<>();
    private final List<String> codesSpent = new ArrayList<>();
    private StarAppraisalView peer;
    private List<Long> voters;
    private List<String> voterMarks;

    @Test
    void noTableNorTheLogLinksAVoterOrACodeToAChoice() throws Exception {
        signInStandardUsers(TENANT, 89);
        long memberId = member.account().personId();
        long branchId = branchSecretary.account().scopeUnitId();
        StarYearDriver.placeBranch(admin, people, branchId, memberId);
        StarAppraisalView started = branchSecretary.call(() -> appraisals.start(branchId, year));
        member.call(() -> appraisals.assessSelf(year, stars(7)));
        peer = branchSecretary.call(() -> appraisals.advance(branchId, year, started.version()));
        voters = peer.lines().stream().map(StarRatingLine::personId).toList();
        assertTrue(voters.size() >= 3, "the branch has members to vote: " + voters.size());
        voterMarks = new ArrayList<>(voters.stream().map(id -> "voter-" + id).toList());
        voterMarks.add(member.account().username());

        BallotSecrecyScan.listenToTheApplicationLog();
        StarAppraisalView rating;
        try {
            rating = new StarYearDriver(appraisals, occasions, codeBallots).toRating(TENANT, branchSecretary, member,
                    peer, this::watched);
        } finally {
            List<String> logged = BallotSecrecyScan.stopListening();
            BallotSecrecyScan.assertLogHoldsNone(logged, CHOICES, codesSpent);
        }
        assertEquals(voters.size(), rating.lines().get(0).peer().get("GOOD"));

        Tables members = batches.get(0);
        assertEquals(Set.of("ballot_voter", "sealed_ballot"), members.names());
        assertEquals(voters.size(), members.rows("ballot_voter"));
        assertEquals(voters.size(), members.rows("sealed_ballot"));
        Tables masses = batches.get(1);
        assertEquals(Set.of("participation_code", "sealed_ballot"), masses.names());
        assertEquals(codesSpent.size(), masses.rows("participation_code"));
        assertEquals(codesSpent.size(), masses.rows("sealed_ballot"));

        Tables after = BallotSecrecyScan.read(dataSource, TENANT);
        after.assertSealedBallotsCounted();
        after.assertNoChoiceStored(CHOICES, COUNTS);
        // A choice written beside a member's stars is caught.
        Tables planted = BallotSecrecyScan.readPlanted(dataSource, TENANT, "UPDATE star_rating SET reason = "
                + "'DISSATISFIED' WHERE person_id = " + voters.get(0));
        BallotSecrecyScan.assertCaught(() -> planted.assertNoChoiceStored(CHOICES, COUNTS), "star_rating");
        BallotSecrecyScan.assertCaught(() -> BallotSecrecyScan.assertLogHoldsNone(List.of("form " + codesSpent.get(0)), CHOICES, codesSpent),
                codesSpent.get(0));
    }

    /**
     * Runs a batch of ballots between two readings of every table and checks what it wrote; after the members'
     * batch the check is shown to catch a star rating touched while voting.
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
                Tables touched = BallotSecrecyScan.readPlanted(dataSource, TENANT, "UPDATE star_rating"
                        + " SET self_assessed_at = CURRENT_TIMESTAMP WHERE tenant_code = '" + TENANT + "'")
                        .writtenSince(before);
                BallotSecrecyScan.assertCaught(() -> touched.assertNoVoterLinked(CHOICES, marks, voters), "star_rating");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }


    private static List<String> choices() {
        List<String> choices = new ArrayList<>(Scale.APPRAISAL.options());
        choices.addAll(Scale.SATISFACTION.options());
        choices.addAll(List.of("好", "较好", "一般", "差", "不了解", "满意", "基本满意", "不满意"));
        return choices;
    }
}
