package org.jiannuo.infrastructure.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFileTest {

    @TempDir
    Path folder;

    @BeforeEach
    void posixFileSystem() {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
    }

    @Test
    void aNewSecretFileIsReadableByItsOwnerOnlyInAFolderOfItsOwnersOnly() throws Exception {
        Path file = folder.resolve("keys").resolve("ballot-secret");

        SecretFile.Content content = SecretFile.readOrCreate(file, () -> "fresh".getBytes(StandardCharsets.UTF_8));

        assertTrue(content.made());
        assertEquals("fresh", new String(content.bytes(), StandardCharsets.UTF_8));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    }

    @Test
    void anExistingFileKeepsItsSecretAndLosesWhatOthersMayRead() throws Exception {
        Path file = Files.writeString(folder.resolve("ballot-secret"), "earlier");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        SecretFile.Content content = SecretFile.readOrCreate(file, () -> "fresh".getBytes(StandardCharsets.UTF_8));

        assertFalse(content.made());
        assertArrayEquals("earlier".getBytes(StandardCharsets.UTF_8), content.bytes());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
