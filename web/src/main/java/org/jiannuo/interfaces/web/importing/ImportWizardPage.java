package org.jiannuo.interfaces.web.importing;

import jakarta.annotation.Resource;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.shiro.SecurityUtils;
import org.jiannuo.application.importing.ImportKind;
import org.jiannuo.application.importing.ImportLimits;
import org.jiannuo.application.importing.ImportPreview;
import org.jiannuo.application.importing.ImportProblem;
import org.jiannuo.application.importing.ImportProgress;
import org.jiannuo.application.importing.ImportRefusedException;
import org.jiannuo.application.importing.ImportResult;
import org.jiannuo.application.importing.RosterImport;
import org.jiannuo.infrastructure.io.LimitExceededException;
import org.jiannuo.infrastructure.io.UploadSpool;
import org.jiannuo.application.LogText;
import org.jiannuo.interfaces.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * 批量导入: upload a CSV or XLSX file, see what it would do row by row, then import it as one
 * transaction on a worker thread while a progress bar follows it.
 */
@Named
@ViewScoped
public class ImportWizardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ImportWizardPage.class.getName());

    @EJB
    private RosterImport rosterImport;

    @Resource
    private transient ManagedExecutorService executor;

    private ImportKind kind = ImportKind.PEOPLE;
    private String fileName;
    // The file (spooled to this node's disk) and the running import stay on the node that received
    // them: a replicated session would otherwise copy megabytes on every progress poll.
    private transient Path content;
    private transient ImportProgress progress;
    private transient Future<ImportResult> running;
    private transient ImportPreview preview;
    private ImportResult result;

    @Inject
    private ImportLimits limits;

    /** The file is written to disk as it is read, and refused one byte past the import's limit. */
    public void upload(FileUploadEvent event) {
        discardFile();
        fileName = event.getFile().getFileName();
        result = null;
        preview = null;
        try (InputStream in = event.getFile().getInputStream()) {
            content = UploadSpool.spool(in, limits.maxBytes());
        } catch (LimitExceededException e) {
            Messages.error("upload.tooLarge", limits.maxBytes() / (1024 * 1024));
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        preview = rosterImport.preview(kind, fileName, content);
    }

    /** The file leaves the disk with the view, or when another replaces it. */
    @PreDestroy
    void discardFile() {
        UploadSpool.discard(content);
        content = null;
    }

    /** For the upload control, which refuses a larger file in the browser already. */
    public long getMaxFileBytes() {
        return limits.maxBytes();
    }

    public String getFileTooLargeMessage() {
        return Messages.text("upload.tooLarge", limits.maxBytes() / (1024 * 1024));
    }

    public void apply() {
        if (content == null || preview == null || !preview.isAcceptable()) {
            Messages.error("import.uploadFirst");
            return;
        }
        progress = new ImportProgress();
        Path file = content;
        String name = fileName;
        ImportKind importKind = kind;
        ImportProgress tracked = progress;
        running = executor.submit(SecurityUtils.getSubject()
                .associateWith(() -> rosterImport.apply(importKind, name, file, tracked)));
    }

    /** Called by the progress bar once it reaches 100, which it does when the import has ended either way. */
    public void finish() {
        if (running == null) {
            return;
        }
        try {
            result = running.get();
            progress.finish(ImportProgress.Phase.COMMITTED);
            Messages.info("import.done", result.created(), result.changed(), result.unchanged());
        } catch (ExecutionException e) {
            progress.finish(ImportProgress.Phase.FAILED);
            refused(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Messages.error("import.failed");
        } finally {
            running = null;
            discardFile();
        }
    }

    private void refused(Throwable cause) {
        Throwable root = cause;
        while (root != null && !(root instanceof ImportRefusedException) && !(root instanceof OptimisticLockException)) {
            root = root.getCause();
        }
        if (root instanceof ImportRefusedException refusal) {
            preview = refusal.preview();
            Messages.error("import.refused", preview.problemCount());
        } else if (root instanceof OptimisticLockException) {
            Messages.error("import.concurrentChange");
        } else {
            LOG.log(Level.SEVERE, cause, () -> "Import of " + LogText.quoted(fileName) + " failed");
            Messages.error("import.failed");
        }
    }

    public int getProgressPercent() {
        if (running != null && running.isDone()) {
            return 100;
        }
        return progress == null ? 0 : progress.percent();
    }

    public String getSummary() {
        String counts = Messages.text("import.summary", fileName, preview.rows(), preview.created(), preview.changed(),
                preview.unchanged(), preview.problemCount());
        return preview.encoding() == null ? counts : counts + " " + Messages.text("import.encoding", preview.encoding());
    }

    public String getResultText() {
        return Messages.text("import.done", result.created(), result.changed(), result.unchanged());
    }

    public boolean isRunning() {
        return running != null;
    }

    public String problemText(ImportProblem problem) {
        return Messages.text("rule." + problem.code(), problem.arguments().toArray());
    }

    public ImportKind[] getKinds() {
        return ImportKind.values();
    }

    public ImportKind getKind() {
        return kind;
    }

    /** Another kind means another file: what was uploaded before no longer applies. */
    public void setKind(ImportKind kind) {
        if (kind != this.kind) {
            discardFile();
            preview = null;
            result = null;
            fileName = null;
        }
        this.kind = kind;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public ImportResult getResult() {
        return result;
    }
}
