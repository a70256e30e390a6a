package org.jiannuo.interfaces.web.fulfilment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.jiannuo.application.fulfilment.EvidenceLimits;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class PendingFilesTest {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n'};

    /** Limits as configured: files of at most 1 KB, two at a time. */
    private final EvidenceLimits limits = new EvidenceLimits() {
        @Override
        public long maxBytes() {
            return 1024;
        }

        @Override
        public int maxFiles() {
            return 2;
        }
    };

    @Test
    void anOversizedUploadIsRefusedOneBytePastTheLimitWithoutReadingTheRest() {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return 'x';
            }
        };
        PendingFiles files = new PendingFiles();

        RuleViolation refused = assertThrows(RuleViolation.class, () -> files.add("照片.jpg", endless, limits));

        assertEquals("evidence.tooLarge", refused.code());
        assertEquals(1025, served.get(), "read no further than one byte past the limit");
        assertEquals("", files.names(), "nothing is pending");
    }

    @Test
    void aFileBeyondTheCountIsRefusedBeforeItIsRead() {
        PendingFiles files = new PendingFiles();
        files.add("一.pdf", new ByteArrayInputStream(PDF), limits);
        files.add("二.pdf", new ByteArrayInputStream(PDF), limits);
        InputStream unread = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the third file is not read");
            }
        };

        assertEquals("evidence.tooMany", assertThrows(RuleViolation.class, () -> files.add("三.pdf", unread, limits))
                .code());
        files.clear();
    }

    @Test
    void theViewHoldsNamesAndPathsOnlyAndTheFilesComeBackWhenSaved() throws Exception {
        PendingFiles files = new PendingFiles();
        byte[] large = new byte[1024];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        files.add("总结.pdf", new ByteArrayInputStream(large), limits);

        byte[] replicated = serialized(files);
        assertTrue(replicated.length < 512, "what the session replicates: " + replicated.length + " bytes");
        assertArrayEquals(large, files.uploads().get(0).content());

        // On another node, or after the files were saved and cleared, the view still names a file that is gone.
        files.clear();
        PendingFiles elsewhere = (PendingFiles) new ObjectInputStream(new ByteArrayInputStream(replicated)).readObject();
        assertEquals("总结.pdf", elsewhere.names());
        assertEquals("evidence.uploadAgain", assertThrows(RuleViolation.class, elsewhere::uploads).code());
    }

    private static byte[] serialized(PendingFiles files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(files);
        }
        return bytes.toByteArray();
    }
}
