package org.jiannuo.infrastructure.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where uploaded files wait on this node's disk while they are checked and until they are saved,
 * so that neither the heap nor a replicated session holds them. Each file is written through a
 * {@link LimitedInputStream}: one byte over the limit ends the copy and leaves nothing behind.
 */
public final class UploadSpool {

    private UploadSpool() {
    }

    /**
     * @throws LimitExceededException when the stream holds more than {@code maxBytes}; no file is left
     */
    public static Path spool(InputStream content, long maxBytes) throws IOException {
        Path file = Files.createTempFile(Holder.DIRECTORY, "upload-", ".part");
        try (InputStream limited = new LimitedInputStream(content, maxBytes)) {
            Files.copy(limited, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Removes a spooled file; one already gone (another node, a restart) is no error. */
    public static void discard(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One directory per JVM, made on first use, readable by this process only (temp files are 0600). */
    private static final class Holder {
        static final Path DIRECTORY = directory();

        private static Path directory() {
            try {
                return Files.createTempDirectory("jiannuo-uploads-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
