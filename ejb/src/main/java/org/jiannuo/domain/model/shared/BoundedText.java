package org.jiannuo.domain.model.shared;

/** Free text a person writes into a report or bulletin: kept without surrounding blanks, and no longer than allowed. */
public final class BoundedText {

    private BoundedText() {
    }

    /** The text stripped (none is empty); refused under {@code tooLongKey} when longer than {@code longest}. */
    public static String of(String text, int longest, String tooLongKey) {
        String cleaned = text == null ? "" : text.strip();
        if (cleaned.length() > longest) {
            throw new RuleViolation(tooLongKey, longest);
        }
        return cleaned;
    }
}
