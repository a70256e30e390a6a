package org.jiannuo.application.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form of personal API tokens: {@code jn_<tenant>_<43 characters of 256 random bits>}. The tenant is
 * part of the token because the lookup runs under the tenant's row-level security; the secret is
 * random enough that a plain SHA-256 of the whole token is what is kept.
 */
public final class TokenSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORM = Pattern.compile("jn_([a-z][a-z0-9-]{1,39})_([A-Za-z0-9_-]{43})");

    private TokenSecrets() {
    }

    public static String newToken(String tenantCode) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return "jn_" + tenantCode + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The tenant a well-formed token names; empty for anything else. */
    public static Optional<String> tenantOf(String token) {
        Matcher matcher = token == null ? null : FORM.matcher(token);
        return matcher != null && matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
