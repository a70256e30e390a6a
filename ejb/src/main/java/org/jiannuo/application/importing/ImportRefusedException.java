package org.jiannuo.application.importing;

import jakarta.ejb.ApplicationException;

/** The file has problems: nothing of it was imported. The preview says which rows and why. */
@ApplicationException(rollback = true)
public class ImportRefusedException extends RuntimeException {

    private final transient ImportPreview preview;

    public ImportRefusedException(ImportPreview preview) {
        super(preview.problemCount() + " problem(s) in the " + preview.kind() + " file");
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }
}
