package org.jiannuo.infrastructure.secrets;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A file that holds a secret (a key): readable and writable by its owner only where the file system has POSIX
 * permissions (600, in a folder of 700 when it makes the folder). It is created so, never widened afterwards;
 * one found readable by others is tightened, and where that is not allowed the start-up log says so.
 */
public final class SecretFile {

    private static final Logger LOG = Logger.getLogger(SecretFile.class.getName());
    static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private SecretFile() {
    }

    /**
     * The file's content; a file that does not exist yet is made first with the content {@code fresh} gives.
     *
     * @return whether the file was made now, and its content
     */
    public static Content readOrCreate(Path file, Supplier<byte[]> fresh) throws IOException {
        Path absolute = file.toAbsolutePath();
        boolean posix = absolute.getFileSystem().supportedFileAttributeViews().contains("posix");
        Files.createDirectories(absolute.getParent(), posix ? new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER)} : new FileAttribute<?>[0]);
        boolean made;
        try {
            Files.createFile(absolute, posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                    : new FileAttribute<?>[0]);
            Files.write(absolute, fresh.get());
            made = true;
        } catch (FileAlreadyExistsException another) {
            made = false; // another node or an earlier start made it: use that one
        }
        if (posix) {
            tighten(absolute);
        }
        return new Content(made, Files.readAllBytes(absolute));
    }

    /** What the file holds, and whether this call made it. */
    public record Content(boolean made, byte[] bytes) {
    }

    private static void tighten(Path file) throws IOException {
        Set<PosixFilePermission> granted = Files.getPosixFilePermissions(file);
        if (OWNER_ONLY.containsAll(granted)) {
            return;
        }
        Set<PosixFilePermission> ownerOnly = EnumSet.copyOf(granted);
        ownerOnly.retainAll(OWNER_ONLY);
        try {
            Files.setPosixFilePermissions(file, ownerOnly);
            LOG.warning(() -> file + " holds a secret and was readable by others ("
                    + PosixFilePermissions.toString(granted) + "): it is now readable by its owner only");
        } catch (IOException | SecurityException e) {
            LOG.severe(() -> file + " holds a secret and is readable by others (" + PosixFilePermissions.toString(granted)
                    + "), which this process may not change (" + e + "): run chmod 600 " + file);
        }
    }
}
