package org.jiannuo.infrastructure.ballot;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The key behind ballot receipts. A receipt is HMAC-SHA256(key, tenant:meeting:person): the same voter
 * always gets the same receipt for a meeting, so the database's key refuses a second ballot, but
 * without the key nobody reading the database can tell whose receipt it is. The key never enters the
 * database. Every node of a cluster needs the same one: set {@code jiannuo.ballot.secret} (at least 32
 * characters, e.g. from the environment as {@code JIANNUO_BALLOT_SECRET}). Without it a random key is
 * made once and kept in {@code jiannuo.ballot.secret-file} (default {@code ~/.jiannuo/ballot-secret}),
 * which is enough for one machine.
 */
@ApplicationScoped
public class BallotSecret {

    private static final Logger LOG = Logger.getLogger(BallotSecret.class.getName());
    private static final String ALGORITHM = "HmacSHA256";
    private static final int SHORTEST_SECRET = 32;

    private SecretKeySpec key;

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
        key = new SecretKeySpec(secret, ALGORITHM);
    }

    private static byte[] fromFile(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] fresh = new byte[SHORTEST_SECRET];
            new SecureRandom().nextBytes(fresh);
            try {
                Files.write(file, Base64.getEncoder().encode(fresh), StandardOpenOption.CREATE_NEW);
                LOG.warning(() -> "jiannuo.ballot.secret is not set: made a ballot key in " + file
                        + "; a cluster must set the same jiannuo.ballot.secret on every node");
            } catch (FileAlreadyExistsException made) {
                // another node or an earlier start made it: use that one
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the ballot key in " + file, e);
        }
    }

    /** The voter's receipt for a meeting: 64 hex digits. */
    public String receipt(String tenantCode, long meetingId, long personId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(
                    mac.doFinal((tenantCode + ":" + meetingId + ":" + personId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
