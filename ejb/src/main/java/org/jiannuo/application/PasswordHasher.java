package org.jiannuo.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/**
 * Slow salted password hashes: Shiro 2's default (argon2id in modular crypt format) for the passwords
 * people choose. One-time passwords are random (60 bits, see {@code OneTimePasswords}) and live only until
 * the first sign-in, so they get PBKDF2-SHA256 with 2,000 rounds, about a millisecond: issuing thirty
 * thousand accounts would otherwise spend most of an hour in argon2. Guessing one from a stolen hash still
 * takes 2^60 × 2,000 SHA-256 rounds, thousands of GPU-years.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final String ONE_TIME_PREFIX = "$pbkdf2-sha256$";
    private static final int ONE_TIME_ROUNDS = 2_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordService passwordService = new DefaultPasswordService();

    public String hash(String password) {
        if (password == null || password.length() < 8) {
            throw new IllegalArgumentException("A password has at least 8 characters");
        }
        return passwordService.encryptPassword(password);
    }

    public String hashOneTime(String oneTimePassword) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return ONE_TIME_PREFIX + ONE_TIME_ROUNDS + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(pbkdf2(oneTimePassword, salt, ONE_TIME_ROUNDS));
    }

    public boolean matches(String password, String hash) {
        if (hash.startsWith(ONE_TIME_PREFIX)) {
            String[] parts = hash.substring(ONE_TIME_PREFIX.length()).split("\\$");
            Base64.Decoder base64 = Base64.getDecoder();
            return MessageDigest.isEqual(base64.decode(parts[2]),
                    pbkdf2(password, base64.decode(parts[1]), Integer.parseInt(parts[0])));
        }
        return passwordService.passwordsMatch(password, hash);
    }

    private static byte[] pbkdf2(String password, byte[] salt, int rounds) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, rounds, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every Java 17", e);
        }
    }
}
