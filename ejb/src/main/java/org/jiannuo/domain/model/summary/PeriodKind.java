package org.jiannuo.domain.model.summary;

/**
 * The periods a year is summed up in: halves (每半年一通报, seed 000), quarters (每季度, seed 001), and the whole
 * year, which the member's annual self-evaluation at the year-end evaluation reports on (评诺, seeds 000, 001).
 */
public enum PeriodKind {
    HALF_YEAR(6, 'H'),
    QUARTER(3, 'Q'),
    YEAR(12, 'Y');

    private final int months;
    private final char letter;

    PeriodKind(int months, char letter) {
        this.months = months;
        this.letter = letter;
    }

    public int months() {
        return months;
    }

    /** How many of these periods a year has. */
    public int perYear() {
        return 12 / months;
    }

    char letter() {
        return letter;
    }

    static PeriodKind ofLetter(char letter) {
        for (PeriodKind kind : values()) {
            if (kind.letter == Character.toUpperCase(letter)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("No period kind " + letter);
    }
}
