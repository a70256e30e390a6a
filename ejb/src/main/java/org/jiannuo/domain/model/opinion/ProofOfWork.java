package org.jiannuo.domain.model.opinion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * The self-hosted challenge against bots, in the manner of ALTCHA: the server picks a secret number up
 * to {@code maxNumber}, hands out the SHA-256 of a random salt followed by that number, and signs that
 * hash with its key. The browser finds the number by trying them all (a second or so on a phone); a bot
 * that wants to post a thousand opinions pays a thousand times. The salt carries its expiry, so the
 * signature covers it; the server keeps nothing until a solution comes back, and then only to refuse
 * its second use. A solution is {@code salt.number.signature}, with the salt {@code random.expiry}.
 */
public final class ProofOfWork {

    public static final String ALGORITHM = "SHA-256";
    private static final HexFormat HEX = HexFormat.of();
    private static final Pattern SOLUTION = Pattern.compile("([0-9a-f]{24})\\.([0-9]{1,12})\\.([0-9]{1,12})\\.([0-9a-f]{64})");

    /** What the browser is given to solve. */
    public record Challenge(String algorithm, String challenge, long maxNumber, String salt, String signature) {
    }

    /** A checked solution: the challenge it solved (the key of its single use) and until when it was good. */
    public record Solved(String challenge, Instant expires) {
    }

    private final UnaryOperator<String> signer;
    private final long maxNumber;
    private final Duration validFor;

    /**
     * @param signer the keyed hash (hex) of a challenge; only the server holds its key
     * @param maxNumber the largest secret number: the average work is half of it
     * @param validFor how long a challenge may be solved and used
     */
    public ProofOfWork(UnaryOperator<String> signer, long maxNumber, Duration validFor) {
        if (maxNumber < 1 || validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException("A challenge needs some work and some time");
        }
        this.signer = signer;
        this.maxNumber = maxNumber;
        this.validFor = validFor;
    }

    public Challenge issue(Instant now, SecureRandom random) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        String salt = HEX.formatHex(nonce) + "." + now.plus(validFor).getEpochSecond();
        String challenge = sha256(salt + random.nextLong(maxNumber + 1));
        return new Challenge(ALGORITHM, challenge, maxNumber, salt, signer.apply(challenge));
    }

    /**
     * Checks a solution: well formed, its number found, its signature ours, not expired. Refuses with
     * {@code challenge.missing}, {@code challenge.invalid} or {@code challenge.expired}; whether it was used
     * before is for the caller to check with the challenge returned.
     */
    public Solved verify(String solution, Instant now) {
        if (solution == null || solution.isBlank()) {
            throw new RuleViolation("challenge.missing");
        }
        var parts = SOLUTION.matcher(solution.strip());
        if (!parts.matches()) {
            throw new RuleViolation("challenge.invalid");
        }
        String salt = parts.group(1) + "." + parts.group(2);
        long number = Long.parseLong(parts.group(3));
        String challenge = sha256(salt + number);
        byte[] expected = signer.apply(challenge).getBytes(StandardCharsets.US_ASCII);
        if (number > maxNumber || !MessageDigest.isEqual(expected, parts.group(4).getBytes(StandardCharsets.US_ASCII))) {
            throw new RuleViolation("challenge.invalid");
        }
        Instant expires = Instant.ofEpochSecond(Long.parseLong(parts.group(2)));
        if (!now.isBefore(expires)) {
            throw new RuleViolation("challenge.expired");
        }
        return new Solved(challenge, expires);
    }

    /** Finds the number as a browser does: for tests and for clients of the API written in Java. */
    public static String solve(Challenge challenge) {
        for (long number = 0; number <= challenge.maxNumber(); number++) {
            if (sha256(challenge.salt() + number).equals(challenge.challenge())) {
                return challenge.salt() + "." + number + "." + challenge.signature();
            }
        }
        throw new IllegalArgumentException("No number up to " + challenge.maxNumber() + " solves this challenge");
    }

    static String sha256(String text) {
        try {
            return HEX.formatHex(MessageDigest.getInstance(ALGORITHM).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
