package org.jiannuo.domain.model.ballot;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The key material behind the ballot's secrecy, held by the application and never by the database:
 * keyed receipts, keyed code hashes and sealed (encrypted and authenticated) ballots.
 */
public interface BallotKeys {

    /** A voter's receipt for an occasion: a keyed hash of the tenant, the occasion's scope and the person. */
    String receipt(String tenantCode, String scope, long personId);

    /** A participation code's keyed hash: what the database holds instead of the code. */
    String codeHash(String tenantCode, String code);

    /** Encrypts and authenticates a ballot; {@code context} binds it to its occasion. */
    byte[] seal(byte[] ballot, String context);

    /** Opens a sealed ballot of this context; refuses one that was altered or belongs elsewhere. */
    byte[] open(byte[] sealed, String context);

    /**
     * A random generator for one holder alone (nonces, sealed rows' keys, codes). The platform's default generator reads
     * the system's random source under a lock that every default generator of the server shares (the server's own
     * request tracing too), which a crowd of voters queued for; a DRBG of one's own does not. Java 17 always has one.
     */
    static SecureRandom ownRandom() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("No DRBG", e);
        }
    }
}
