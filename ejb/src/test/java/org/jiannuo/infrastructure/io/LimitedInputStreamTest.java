package org.jiannuo.infrastructure.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

    @Test
    void aStreamOfExactlyTheLimitIsReadToItsEnd() throws IOException {
        byte[] content = new byte[1000];
        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(content), 1000)) {
            assertArrayEquals(content, in.readAllBytes());
        }
    }

    @Test
    void theLargestLimitReadsEverything() throws IOException {
        byte[] content = new byte[100_000];
        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(content), Long.MAX_VALUE)) {
            assertArrayEquals(content, in.readAllBytes());
        }
    }

    @Test
    void oneByteMoreFailsWithTheLimit() {
        InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[1001]), 1000);
        assertEquals(1000, assertThrows(LimitExceededException.class, in::readAllBytes).limit());
        InputStream single = new LimitedInputStream(new ByteArrayInputStream(new byte[3]), 2);
        assertThrows(LimitExceededException.class, () -> {
            while (single.read() >= 0) {
                // read byte by byte until it fails
            }
        });
    }

    @Test
    void neverAsksTheSourceForMoreThanOneByteBeyondTheLimit() {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                served.addAndGet(len);
                return len;
            }
        };
        assertThrows(LimitExceededException.class, () -> new LimitedInputStream(endless, 10_000).readAllBytes());
        assertEquals(10_001, served.get());
    }

    @Test
    void aSpoolBeyondTheLimitLeavesNoFile() throws IOException {
        Path kept = UploadSpool.spool(new ByteArrayInputStream(new byte[64]), 64);
        assertEquals(64, Files.size(kept));
        long before = filesBeside(kept);
        assertThrows(LimitExceededException.class, () -> UploadSpool.spool(new ByteArrayInputStream(new byte[65]), 64));
        assertEquals(before, filesBeside(kept));
        UploadSpool.discard(kept);
        assertFalse(Files.exists(kept));
    }

    private static long filesBeside(Path file) throws IOException {
        try (var files = Files.list(file.getParent())) {
            return files.count();
        }
    }
}
