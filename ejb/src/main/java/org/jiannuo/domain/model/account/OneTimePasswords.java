package org.jiannuo.domain.model.account;

import java.security.SecureRandom;

/**
 * Makes the one-time passwords printed on login slips: twelve characters drawn by {@link SecureRandom} from 32
 * that cannot be mistaken for one another on paper (no 0/O, 1/l/I; capitals only), 60 bits, in three groups of
 * four joined by dashes, such as {@code K7Q4-M9XT-2PWA}. The dashes are part of the password: what the slip
 * shows is what is typed. Every such password is long enough for the {@link PasswordPolicy} and is on no list
 * of common passwords. Thread-safe.
 */
public final class OneTimePasswords {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int GROUPS = 3;
    static final int GROUP_LENGTH = 4;

    private final SecureRandom random = new SecureRandom();

    public String next() {
        StringBuilder password = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
