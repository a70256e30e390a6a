package org.jiannuo.domain.model.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class OccasionTest {

    private static final OrgUnit BRANCH = OrgUnit.root(OrgUnitType.BRANCH, "第一支部");

    private static Occasion occasion(Eligibility eligibility, VotingMode mode) {
        return Occasion.prepare(OccasionOwner.UNIT, null, BRANCH, "群众满意度测评", Scale.SATISFACTION, eligibility, mode, 3,
                "tester", LocalDateTime.of(2026, 12, 1, 9, 0));
    }

    private static void assertRefused(String code, Executable action) {
        assertEquals(code, assertThrows(RuleViolation.class, action).code());
    }

    @Test
    void anOccasionWithCodesOpensOnceCodesAreIssuedAndTakesBallotsUntilItCloses() {
        Occasion occasion = occasion(Eligibility.PARTICIPATION_CODES, VotingMode.ELECTRONIC);
        assertRefused("ballot.notOpenForVoting", occasion::requireVoting);
        assertRefused("occasion.noCodes", occasion::open);
        assertRefused("occasion.codeCount", () -> occasion.issueCodes(0));
        assertRefused("occasion.codeCount", () -> occasion.issueCodes(Occasion.MOST_CODES_AT_ONCE + 1));
        occasion.issueCodes(20);
        occasion.open();
        occasion.requireVoting();
        occasion.issueCodes(5);
        assertEquals(25, occasion.getCodesIssued(), "more codes may be printed while it is open");
        assertRefused("ballot.alreadyOpened", occasion::open);
        assertRefused("ballot.notClosed", occasion::requireClosed);
        assertFalse(occasion.showsResultsOf(25), "no results while open");
        occasion.close();
        assertRefused("ballot.notOpenForVoting", occasion::requireVoting);
        assertRefused("ballot.notOpen", () -> occasion.issueCodes(1));
        assertRefused("ballot.notOpen", occasion::close);
        assertFalse(occasion.showsResultsOf(2), "fewer than the minimum of 3");
        assertTrue(occasion.showsResultsOf(3));
    }

    @Test
    void codesAreForOccasionsThatTakeThemAndNeverOnPaper() {
        assertRefused("occasion.noCodesHere",
                () -> occasion(Eligibility.UNIT_MEMBERS, VotingMode.ELECTRONIC).issueCodes(5));
        assertRefused("occasion.codesAreElectronic", () -> occasion(Eligibility.PARTICIPATION_CODES, VotingMode.PAPER));
    }

    @Test
    void aPaperBallotIsEnteredWithinTheElectorateBeforeItCloses() {
        Occasion occasion = occasion(Eligibility.UNIT_MEMBERS, VotingMode.PAPER);
        occasion.open();
        assertRefused("ballot.notOpenForVoting", occasion::requireVoting);
        assertRefused("ballot.paperNotEntered", occasion::close);
        assertRefused("ballot.paperCountRange", () -> occasion.recordPaperBallots(11, 10));
        assertRefused("ballot.paperCountRange", () -> occasion.recordPaperBallots(0, 10));
        occasion.recordPaperBallots(10, 10);
        occasion.close();
        assertRefused("ballot.notPaper", () -> occasion.recordPaperBallots(9, 10));
    }

    @Test
    void anOccasionNeedsATitleAndAMinimum() {
        assertRefused("occasion.titleRequired", () -> Occasion.prepare(OccasionOwner.UNIT, null, BRANCH, " ",
                Scale.EXCELLENCE, Eligibility.UNIT_MEMBERS, VotingMode.ELECTRONIC, 3, "tester", LocalDateTime.now()));
        assertRefused("occasion.minimumBallots", () -> Occasion.prepare(OccasionOwner.UNIT, null, BRANCH, "年终评议",
                Scale.EXCELLENCE, Eligibility.UNIT_MEMBERS, VotingMode.ELECTRONIC, 0, "tester", LocalDateTime.now()));
        assertRefused("occasion.incomplete", () -> Occasion.prepare(OccasionOwner.UNIT, null, BRANCH, "年终评议",
                null, Eligibility.UNIT_MEMBERS, VotingMode.ELECTRONIC, 3, "tester", LocalDateTime.now()));
    }

    @Test
    void aMeetingsReceiptsKeepTheMeetingAsTheirScope() {
        Occasion meeting = Occasion.prepare(OccasionOwner.MEETING, 4711L, BRANCH, "ORGANIZATION_LIFE 2026-10",
                Scale.APPRAISAL, Eligibility.ATTENDEES, VotingMode.ELECTRONIC, 3, "tester", LocalDateTime.now());
        assertEquals("4711", meeting.receiptScope(), "receipts made before the engine still refuse a second ballot");
        assertTrue(occasion(Eligibility.UNIT_MEMBERS, VotingMode.ELECTRONIC).receiptScope().startsWith("occasion-"));
    }
}
