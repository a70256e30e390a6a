package org.jiannuo.domain.model.opinion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class ProofOfWorkTest {

    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    private static final UnaryOperator<String> SIGNER = challenge -> ProofOfWork.sha256("key:" + challenge);
    private final ProofOfWork proofOfWork = new ProofOfWork(SIGNER, 2000, Duration.ofMinutes(10));
    private final SecureRandom random = new SecureRandom();

    @Test
    void aSolvedChallengeIsAcceptedUntilItExpires() {
        ProofOfWork.Challenge challenge = proofOfWork.issue(NOW, random);
        assertEquals("SHA-256", challenge.algorithm());
        String solution = ProofOfWork.solve(challenge);
        ProofOfWork.Solved solved = proofOfWork.verify(solution, NOW.plusSeconds(599));
        assertEquals(challenge.challenge(), solved.challenge());
        assertEquals(NOW.plus(Duration.ofMinutes(10)), solved.expires());
        assertEquals("challenge.expired", refused(solution, NOW.plusSeconds(600)));
    }

    @Test
    void aMissingOrMalformedSolutionIsRefused() {
        assertEquals("challenge.missing", refused(null, NOW));
        assertEquals("challenge.missing", refused("  ", NOW));
        assertEquals("challenge.invalid", refused("not a solution", NOW));
        assertEquals("challenge.invalid", refused("<script>alert(1)</script>", NOW));
    }

    @Test
    void aWrongNumberOrAForgedSignatureIsRefused() {
        ProofOfWork.Challenge challenge = proofOfWork.issue(NOW, random);
        String solution = ProofOfWork.solve(challenge);
        String[] parts = solution.split("\\.");
        long number = Long.parseLong(parts[2]);
        String wrongNumber = parts[0] + "." + parts[1] + "." + (number + 1) + "." + parts[3];
        assertEquals("challenge.invalid", refused(wrongNumber, NOW));
        ProofOfWork forger = new ProofOfWork(challengeText -> ProofOfWork.sha256("other key:" + challengeText), 2000,
                Duration.ofMinutes(10));
        assertEquals("challenge.invalid", refused(ProofOfWork.solve(forger.issue(NOW, random)), NOW),
                "a challenge signed with another key");
    }

    @Test
    void aLaterExpiryCannotBeWrittenIntoTheSalt() {
        ProofOfWork.Challenge challenge = proofOfWork.issue(NOW, random);
        String[] parts = ProofOfWork.solve(challenge).split("\\.");
        String stretched = parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2] + "." + parts[3];
        assertEquals("challenge.invalid", refused(stretched, NOW));
    }

    @Test
    void aNumberAboveTheMaximumIsRefusedEvenWhenSigned() {
        ProofOfWork harder = new ProofOfWork(SIGNER, 1_000_000, Duration.ofMinutes(10));
        ProofOfWork.Challenge challenge;
        String solution;
        do {
            challenge = harder.issue(NOW, random);
            solution = ProofOfWork.solve(challenge);
        } while (Long.parseLong(solution.split("\\.")[2]) <= 2000);
        String found = solution;
        assertEquals("challenge.invalid", refused(found, NOW), "the easy deployment does not take a number it never set");
    }

    private String refused(String solution, Instant at) {
        return assertThrows(RuleViolation.class, () -> proofOfWork.verify(solution, at)).code();
    }
}
