package org.jiannuo.application.fulfilment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiannuo.domain.model.fulfilment.EvidenceFile;
import org.jiannuo.domain.model.fulfilment.Upload;
import org.jiannuo.domain.model.shared.RuleViolation;

/** How large an evidence file may be and how many one record or report may carry (MicroProfile Config). */
@ApplicationScoped
public class EvidenceLimits {

    @Inject
    @ConfigProperty(name = "jiannuo.evidence.max-megabytes", defaultValue = "5")
    int maxMegabytes;

    @Inject
    @ConfigProperty(name = "jiannuo.evidence.max-files", defaultValue = "6")
    int maxFiles;

    public long maxBytes() {
        return maxMegabytes * 1024L * 1024L;
    }

    public int maxFiles() {
        return maxFiles;
    }

    public void checkCount(List<Upload> uploads) {
        checkCount(uploads.size());
    }

    /** Also asked before the files are received: by the count of files the request names, or the screen holds. */
    public void checkCount(int files) {
        if (files > maxFiles()) {
            throw new RuleViolation("evidence.tooMany", maxFiles());
        }
    }

    public void checkSize(String fileName, long size) {
        EvidenceFile.checkSize(fileName, size, maxBytes());
    }
}
