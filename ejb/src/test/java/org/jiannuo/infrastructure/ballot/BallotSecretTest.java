package org.jiannuo.infrastructure.ballot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class BallotSecretTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private final BallotSecret secret = BallotSecret.of(KEY);

    @Test
    void aSealedBallotOpensOnlyUnderItsKeyAndForItsOccasion() {
        byte[] ballot = {0, 2, 1, 1};
        byte[] sealed = secret.seal(ballot, "ballot:demo:51");
        assertArrayEquals(ballot, secret.open(sealed, "ballot:demo:51"));
        assertFalse(containsRun(sealed, ballot), "the choices do not appear in clear");
        assertThrows(IllegalStateException.class, () -> secret.open(sealed, "ballot:demo:52"),
                "a sealed ballot moved to another occasion does not open");
        assertThrows(IllegalStateException.class, () -> secret.open(sealed, "ballot:other:51"));
        byte[] altered = sealed.clone();
        altered[altered.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> secret.open(altered, "ballot:demo:51"), "altered");
        BallotSecret otherKey = BallotSecret.of("another key of thirty-two bytes!".getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalStateException.class, () -> otherKey.open(sealed, "ballot:demo:51"));
    }

    @Test
    void twoEqualBallotsSealDifferently() {
        byte[] ballot = {1, 1, 1};
        byte[] first = secret.seal(ballot, "ballot:demo:51");
        byte[] second = secret.seal(ballot, "ballot:demo:51");
        assertFalse(Arrays.equals(first, second), "a random nonce per ballot: equal ballots are not told apart");
        assertEquals(first.length, second.length);
    }

    @Test
    void receiptsAreKeyedAsBeforeAndCodesAreHashedUnderTheKey() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        String before = HexFormat.of().formatHex(mac.doFinal("demo:4711:42".getBytes(StandardCharsets.UTF_8)));
        assertEquals(before, secret.receipt("demo", "4711", 42), "a meeting's receipts stay what V12 stored");
        assertNotEquals(secret.codeHash("demo", "ABCD"), secret.codeHash("other", "ABCD"));
        assertEquals(64, secret.codeHash("demo", "ABCD").length());
    }

    private static boolean containsRun(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
