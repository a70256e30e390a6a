package org.jiannuo.interfaces.web.fulfilment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jiannuo.application.fulfilment.EvidenceLimits;
import org.jiannuo.interfaces.web.Messages;

/**
 * The evidence limits as the upload controls of the screens state them (the monthly record, the star log book), so
 * the browser refuses a larger file or one file too many before it is sent.
 */
@Named
@ApplicationScoped
public class EvidenceUpload {

    @Inject
    EvidenceLimits evidenceLimits;

    public long getMaxFileBytes() {
        return evidenceLimits.maxBytes();
    }

    public int getMaxFiles() {
        return evidenceLimits.maxFiles();
    }

    public String getFileTooLargeMessage() {
        return Messages.text("upload.tooLarge", evidenceLimits.maxBytes() / (1024 * 1024));
    }

    public String getTooManyFilesMessage() {
        return Messages.text("upload.tooMany", evidenceLimits.maxFiles());
    }
}
