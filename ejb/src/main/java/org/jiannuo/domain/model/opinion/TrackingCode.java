package org.jiannuo.domain.model.opinion;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code with which the writer of an opinion reads its reply: 16 characters of Crockford's base32
 * (80 random bits, no I, L, O or U to misread), shown once in groups of four. The database holds only
 * its keyed hash, so a leaked table reveals no code, and a code is found through the hash's unique
 * index, never by comparing codes one by one.
 */
public final class TrackingCode {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 16;
    private static final int GROUP = 4;
    private static final Pattern CANONICAL = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");

    private final String canonical;

    private TrackingCode(String canonical) {
        this.canonical = canonical;
    }

    public static TrackingCode random(SecureRandom random) {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new TrackingCode(new String(code));
    }

    /**
     * A code as someone typed it: any case, with or without dashes and spaces, O read as 0 and I or L as 1.
     * Empty when it cannot be a code at all.
     */
    public static Optional<TrackingCode> parse(String typed) {
        if (typed == null || typed.length() > 4 * LENGTH) {
            return Optional.empty();
        }
        String cleaned = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        return CANONICAL.matcher(cleaned).matches() ? Optional.of(new TrackingCode(cleaned)) : Optional.empty();
    }

    /** The code without separators: what is hashed. */
    public String canonical() {
        return canonical;
    }

    /** The code as shown to the writer: four groups of four. */
    public String display() {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < LENGTH; i += GROUP) {
            if (i > 0) {
                shown.append('-');
            }
            shown.append(canonical, i, i + GROUP);
        }
        return shown.toString();
    }

    @Override
    public String toString() {
        return "TrackingCode[hidden]";
    }
}
