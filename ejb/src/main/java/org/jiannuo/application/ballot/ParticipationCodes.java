package org.jiannuo.application.ballot;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One-time participation codes: 16 symbols from 32 that cannot be mistaken for one another on paper
 * (no 0/O, 1/I), i.e. 80 random bits, printed in groups of four. A code is typed in any case, with or
 * without the dashes.
 */
final class ParticipationCodes {

    private static final String SYMBOLS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int LENGTH = 16;

    private ParticipationCodes() {
    }

    static List<String> fresh(SecureRandom random, int count) {
        List<String> codes = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < LENGTH; i++) {
                if (i > 0 && i % 4 == 0) {
                    code.append('-');
                }
                code.append(SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** The code as hashed: upper case, without dashes or spaces. */
    static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
    }
}
