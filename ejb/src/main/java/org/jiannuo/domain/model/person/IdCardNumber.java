package org.jiannuo.domain.model.person;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * An 18-digit resident identity card number (GB 11643-1999): region, birth date, sequence
 * (odd for men) and an ISO 7064 MOD 11-2 check character. The birth date and gender of a
 * person are read from it, so they cannot disagree with it.
 */
public record IdCardNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = "10X98765432".toCharArray();

    public IdCardNumber {
        if (value == null || !value.matches("\\d{17}[\\dX]")) {
            throw new IllegalArgumentException("ID card number must be 17 digits and a digit or X: " + value);
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            throw new IllegalArgumentException("ID card number check character is wrong: " + value);
        }
        parseBirthDate(value);
    }

    /** Builds a valid number from its first 17 characters by appending the check character. */
    public static IdCardNumber withCheckCharacter(String first17) {
        return new IdCardNumber(first17 + checkCharacter(first17));
    }

    public LocalDate birthDate() {
        return parseBirthDate(value);
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    private static LocalDate parseBirthDate(String value) {
        try {
            return LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("ID card number holds no valid birth date: " + value, e);
        }
    }
}
