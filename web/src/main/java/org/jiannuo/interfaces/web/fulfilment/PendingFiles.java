package org.jiannuo.interfaces.web.fulfilment;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jiannuo.application.fulfilment.EvidenceLimits;
import org.jiannuo.domain.model.fulfilment.Upload;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.infrastructure.io.LimitExceededException;
import org.jiannuo.infrastructure.io.UploadSpool;
import org.primefaces.event.FileUploadEvent;

/**
 * Evidence chosen on a screen and not yet saved. The files wait on this node's disk; the view (and
 * so the replicated session) holds only their names and where they lie. The count and the size are
 * checked as each file arrives, the size while it is written.
 */
public final class PendingFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The path as text: {@link Path} is not serializable. */
    private record Pending(String fileName, String path) implements Serializable {
    }

    private final List<Pending> files = new ArrayList<>();

    public void add(String fileName, InputStream content, EvidenceLimits limits) {
        limits.checkCount(files.size() + 1);
        try {
            files.add(new Pending(fileName, UploadSpool.spool(content, limits.maxBytes()).toString()));
        } catch (LimitExceededException e) {
            limits.checkSize(fileName, e.limit() + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Receives a file the upload control sent, checked as it arrives. */
    public void receive(FileUploadEvent event, EvidenceLimits limits) {
        try (InputStream content = event.getFile().getInputStream()) {
            add(event.getFile().getFileName(), content, limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files as the services take them, read from the disk one at a time when they are saved. */
    public List<Upload> uploads() {
        List<Upload> uploads = new ArrayList<>();
        for (Pending file : files) {
            try {
                uploads.add(new Upload(file.fileName(), Files.readAllBytes(Path.of(file.path()))));
            } catch (NoSuchFileException e) {
                throw new RuleViolation("evidence.uploadAgain", file.fileName());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploads;
    }

    public String names() {
        return String.join("、", files.stream().map(Pending::fileName).toList());
    }

    public void clear() {
        files.forEach(file -> UploadSpool.discard(Path.of(file.path())));
        files.clear();
    }
}
