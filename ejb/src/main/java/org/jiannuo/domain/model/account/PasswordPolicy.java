package org.jiannuo.domain.model.account;

import java.util.Locale;
import java.util.Optional;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * What a password chosen by a person must be: long enough, not one character repeated, not containing the
 * person's username, phone number or ID-card number (in any case, forwards or backwards, phone digits also
 * with separators between them), and not one of the common passwords ({@link CommonPasswords}).
 * The first rule broken is reported as a {@link RuleViolation} with the code {@code password.*}.
 * Immutable and thread-safe.
 */
public final class PasswordPolicy {

    /** The length asked for unless a deployment asks for more. */
    public static final int DEFAULT_MINIMUM = 10;
    /** No policy asks for fewer characters than this (NIST SP 800-63B's lower bound). */
    public static final int FLOOR = 8;
    /**
     * A username, phone or ID-card number shorter than this is only refused as the whole password, not inside
     * it: a two-letter username would otherwise forbid every word that happens to contain those letters.
     */
    static final int SHORTEST_CONTAINED = 4;

    private final int minimumLength;

    /** A policy of {@link #DEFAULT_MINIMUM} characters. */
    public PasswordPolicy() {
        this(DEFAULT_MINIMUM);
    }

    public PasswordPolicy(int minimumLength) {
        if (minimumLength < FLOOR) {
            throw new IllegalArgumentException("A password policy asks for at least " + FLOOR + " characters");
        }
        this.minimumLength = minimumLength;
    }

    public int minimumLength() {
        return minimumLength;
    }

    /**
     * Refuses the password with the first rule it breaks.
     *
     * @param username     the account's username
     * @param phone        the person's phone number as recorded, or null
     * @param idCardNumber the person's ID-card number, or null (an account without a person)
     * @throws RuleViolation {@code password.tooShort} (argument: the minimum length), {@code password.repeated},
     *                       {@code password.containsUsername}, {@code password.containsPhone},
     *                       {@code password.containsIdCard} or {@code password.common}
     */
    public void check(String password, String username, String phone, String idCardNumber) {
        Optional<RuleViolation> broken = firstBroken(password, username, phone, idCardNumber);
        if (broken.isPresent()) {
            throw broken.get();
        }
    }

    /** The first rule the password breaks, or empty when it may be used; see {@link #check}. */
    public Optional<RuleViolation> firstBroken(String password, String username, String phone, String idCardNumber) {
        if (password == null || password.codePointCount(0, password.length()) < minimumLength) {
            return Optional.of(new RuleViolation("password.tooShort", minimumLength));
        }
        if (password.codePoints().distinct().count() == 1) {
            return Optional.of(new RuleViolation("password.repeated"));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (contains(lower, username)) {
            return Optional.of(new RuleViolation("password.containsUsername"));
        }
        if (phone != null && contains(digitsOf(lower), digitsOf(phone))) {
            return Optional.of(new RuleViolation("password.containsPhone"));
        }
        if (contains(lower, idCardNumber)) {
            return Optional.of(new RuleViolation("password.containsIdCard"));
        }
        if (CommonPasswords.contains(password)) {
            return Optional.of(new RuleViolation("password.common"));
        }
        return Optional.empty();
    }

    /** Whether the lowercased password holds the value, forwards or backwards, or is it. */
    private static boolean contains(String lowerPassword, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String lowerValue = value.strip().toLowerCase(Locale.ROOT);
        if (lowerValue.length() < SHORTEST_CONTAINED) {
            return lowerPassword.equals(lowerValue);
        }
        return lowerPassword.contains(lowerValue)
                || lowerPassword.contains(new StringBuilder(lowerValue).reverse().toString());
    }

    /**
     * The digits of a phone number or of a password with what people put between digit groups (spaces, dashes,
     * dots, brackets, a plus) taken out: {@code 138-1234-5678} and {@code (0371) 6321 2345} are numbers too.
     */
    private static String digitsOf(String text) {
        return text.replaceAll("[\\s\\-.()+]", "");
    }
}
