package org.jiannuo.domain.model.publicity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The opaque identifier under which a tenant, unit, person, commitment or grade appears on the public
 * board: 128 random bits, URL-safe, never derived from the row's sequential id, so that nobody can count
 * or walk the rows. New rows get 22 characters of base64url; rows that existed before the board were
 * given 32 hex characters of a random UUID by the migration (both databases can make those).
 */
public record PublicKey(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{22,32}");

    public PublicKey {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a public key");
        }
    }

    public static PublicKey random() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return new PublicKey(Base64.getUrlEncoder().withoutPadding().encodeToString(bits));
    }

    /** Whatever a URL carried: only something of the key's form is ever looked up. */
    public static Optional<PublicKey> parse(String text) {
        return text != null && FORM.matcher(text).matches() ? Optional.of(new PublicKey(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
