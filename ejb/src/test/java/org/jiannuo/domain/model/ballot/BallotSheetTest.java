package org.jiannuo.domain.model.ballot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** Ballots and counts on scales other than the monthly meeting's. */
class BallotSheetTest {

    private static final List<String> SUBJECTS = List.of("S1", "S2", "S3");

    @Test
    void aSatisfactionBallotRatesEverySubjectOnItsOwnScale() {
        BallotSheet sheet = BallotSheet.of(SUBJECTS, Scale.SATISFACTION,
                Map.of("S1", "SATISFIED", "S2", "DISSATISFIED", "S3", "BASICALLY_SATISFIED"));
        assertArrayEquals(new byte[] {0, 2, 1}, sheet.bytes(), "one byte per subject, the option's place");
        BallotSheet read = BallotSheet.read(sheet.bytes(), SUBJECTS.size(), Scale.SATISFACTION);
        assertEquals(Map.of("S1", "SATISFIED", "S2", "DISSATISFIED", "S3", "BASICALLY_SATISFIED"),
                read.choices(SUBJECTS, Scale.SATISFACTION));
    }

    @Test
    void everyBallotOfAnOccasionHasTheSameLength() {
        int first = BallotSheet.of(SUBJECTS, Scale.EXCELLENCE,
                Map.of("S1", "EXCELLENT", "S2", "EXCELLENT", "S3", "EXCELLENT")).bytes().length;
        int second = BallotSheet.of(SUBJECTS, Scale.EXCELLENCE,
                Map.of("S1", "UNQUALIFIED", "S2", "QUALIFIED", "S3", "EXCELLENT")).bytes().length;
        assertEquals(first, second, "the size of a sealed ballot says nothing of its content");
    }

    @Test
    void aChoiceOffTheScaleOrAMissingSubjectIsRefused() {
        assertEquals("ballot.notOnScale", assertThrows(RuleViolation.class, () -> BallotSheet.of(SUBJECTS,
                Scale.EXCELLENCE, Map.of("S1", "GOOD", "S2", "QUALIFIED", "S3", "QUALIFIED"))).code(),
                "the meeting's 好 is not on the year-end scale");
        RuleViolation incomplete = assertThrows(RuleViolation.class, () -> BallotSheet.of(SUBJECTS,
                Scale.EXCELLENCE, Map.of("S1", "QUALIFIED", "S2", "QUALIFIED")));
        assertEquals("ballot.incomplete", incomplete.code());
        assertEquals("ballot.incomplete", assertThrows(RuleViolation.class, () -> BallotSheet.of(SUBJECTS,
                Scale.EXCELLENCE, Map.of("S1", "QUALIFIED", "S2", "QUALIFIED", "S3", "QUALIFIED", "S4", "QUALIFIED")))
                .code(), "a subject not on the paper");
        Map<String, String> withNull = new LinkedHashMap<>(Map.of("S1", "QUALIFIED", "S2", "QUALIFIED"));
        withNull.put("S3", null);
        assertEquals("ballot.incomplete", assertThrows(RuleViolation.class,
                () -> BallotSheet.of(SUBJECTS, Scale.EXCELLENCE, withNull)).code());
        assertEquals("ballot.incomplete", assertThrows(RuleViolation.class,
                () -> BallotSheet.of(SUBJECTS, Scale.EXCELLENCE, null)).code());
    }

    @Test
    void anOpenedBallotThatDoesNotFitThePaperIsNotCounted() {
        assertThrows(IllegalStateException.class, () -> BallotSheet.read(new byte[] {0, 1}, 3, Scale.EXCELLENCE));
        assertThrows(IllegalStateException.class, () -> BallotSheet.read(new byte[] {0, 1, 3}, 3, Scale.EXCELLENCE),
                "the year-end scale has three options");
    }

    @Test
    void theCountAddsStoredSumsAndOpenedBallotsPerOption() {
        Count count = new Count(Scale.EXCELLENCE, SUBJECTS)
                .plus(Map.of("S1", Map.of("EXCELLENT", 2, "QUALIFIED", 1)));
        count.add(BallotSheet.of(SUBJECTS, Scale.EXCELLENCE, Map.of("S1", "EXCELLENT", "S2", "UNQUALIFIED",
                "S3", "QUALIFIED")));
        count.add(BallotSheet.of(SUBJECTS, Scale.EXCELLENCE, Map.of("S1", "QUALIFIED", "S2", "UNQUALIFIED",
                "S3", "QUALIFIED")));
        Map<String, Map<String, Integer>> sums = count.sums();
        assertEquals(Map.of("EXCELLENT", 3, "QUALIFIED", 2, "UNQUALIFIED", 0), sums.get("S1"));
        assertEquals(Map.of("EXCELLENT", 0, "QUALIFIED", 0, "UNQUALIFIED", 2), sums.get("S2"));
        assertEquals(List.of("EXCELLENT", "QUALIFIED", "UNQUALIFIED"), List.copyOf(sums.get("S3").keySet()),
                "every option of the scale, in its order");
        assertEquals("ballot.unknownSubject", assertThrows(RuleViolation.class,
                () -> new Count(Scale.EXCELLENCE, SUBJECTS).plus(Map.of("S9", Map.of("QUALIFIED", 1)))).code());
        assertEquals("ballot.notOnScale", assertThrows(RuleViolation.class,
                () -> new Count(Scale.EXCELLENCE, SUBJECTS).plus(Map.of("S1", Map.of("SATISFIED", 1)))).code());
        assertEquals("ballot.negativeCount", assertThrows(RuleViolation.class,
                () -> new Count(Scale.EXCELLENCE, SUBJECTS).plus(Map.of("S1", Map.of("QUALIFIED", -1)))).code());
    }
}
