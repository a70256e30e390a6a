package org.jiannuo.infrastructure.ballot;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jiannuo.domain.model.ballot.BallotKeys;
import org.jiannuo.infrastructure.secrets.SecretFile;

/**
 * The key behind ballot receipts, participation codes and sealed ballots. A receipt is
 * HMAC-SHA256(key, tenant:scope:person) (the scope of a meeting's ballot is the meeting's id): the same
 * voter always gets the same receipt for an occasion, so the database's key refuses a second ballot,
 * but without the key nobody reading the database can tell whose receipt it is. A code is stored as
 * HMAC-SHA256(key, code:tenant:code). A ballot is sealed with AES-256-GCM under a key derived from it
 * (HMAC-SHA256(key, "jiannuo ballot seal v1")), a random 96-bit nonce per ballot and the occasion as
 * associated data, so a sealed ballot neither reads nor moves to another occasion without the key.
 * The key never enters the database. Every node of a cluster needs the same one: set {@code jiannuo.ballot.secret} (at least 32
 * characters, e.g. from the environment as {@code JIANNUO_BALLOT_SECRET}). Without it a random key is
 * made once and kept in {@code jiannuo.ballot.secret-file} (default {@code ~/.jiannuo/ballot-secret}), readable by
 * its owner only ({@link SecretFile}), which is enough for one machine.
 */
@ApplicationScoped
public class BallotSecret implements BallotKeys {

    private static final Logger LOG = Logger.getLogger(BallotSecret.class.getName());
    private static final String ALGORITHM = "HmacSHA256";
    private static final int SHORTEST_SECRET = 32;
    private static final String SEAL = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = BallotKeys.ownRandom();
    // Each thread keeps its own cipher and MAC, initialised afresh for every use: Cipher.getInstance and
    // Mac.getInstance, called for every ballot, looked the provider up under the application class loader's lock,
    // which a crowd of voters queued for.
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(BallotSecret::newCipher);
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    private SecretKeySpec key;
    private SecretKeySpec sealKey;

    @PostConstruct
    void load() {
        var config = ConfigProvider.getConfig();
        Optional<String> configured = config.getOptionalValue("jiannuo.ballot.secret", String.class);
        byte[] secret;
        if (configured.isPresent()) {
            if (configured.get().length() < SHORTEST_SECRET) {
                throw new IllegalStateException("jiannuo.ballot.secret must have at least " + SHORTEST_SECRET
                        + " characters");
            }
            secret = configured.get().getBytes(StandardCharsets.UTF_8);
        } else {
            Path file = config.getOptionalValue("jiannuo.ballot.secret-file", String.class).map(Path::of)
                    .orElse(Path.of(System.getProperty("user.home"), ".jiannuo", "ballot-secret"));
            secret = fromFile(file);
        }
        use(secret);
    }

    /** A key of its own, for a test of the cryptography without a configuration. */
    static BallotSecret of(byte[] secret) {
        BallotSecret made = new BallotSecret();
        made.use(secret);
        return made;
    }

    private void use(byte[] secret) {
        key = new SecretKeySpec(secret, ALGORITHM);
        sealKey = new SecretKeySpec(hmac("jiannuo ballot seal v1"), "AES");
    }

    private static byte[] fromFile(Path file) {
        try {
            SecretFile.Content kept = SecretFile.readOrCreate(file, () -> {
                byte[] fresh = new byte[SHORTEST_SECRET];
                new SecureRandom().nextBytes(fresh);
                return Base64.getEncoder().encode(fresh);
            });
            if (kept.made()) {
                LOG.warning(() -> "jiannuo.ballot.secret is not set: made a ballot key in " + file
                        + "; a cluster must set the same jiannuo.ballot.secret on every node");
            }
            return Base64.getDecoder().decode(new String(kept.bytes(), StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the ballot key in " + file, e);
        }
    }

    @Override
    public String receipt(String tenantCode, String scope, long personId) {
        return HexFormat.of().formatHex(hmac(tenantCode + ":" + scope + ":" + personId));
    }

    @Override
    public String codeHash(String tenantCode, String code) {
        return HexFormat.of().formatHex(hmac("code:" + tenantCode + ":" + code));
    }

    @Override
    public byte[] seal(byte[] ballot, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, sealKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(ballot);
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    @Override
    public byte[] open(byte[] sealed, String context) {
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, sealKey, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed ballot does not open under this key and occasion", e);
        }
    }

    private byte[] hmac(String message) {
        return macs.get().doFinal(message.getBytes(StandardCharsets.UTF_8));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance(SEAL);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }
}
