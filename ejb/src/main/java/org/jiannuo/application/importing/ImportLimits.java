package org.jiannuo.application.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiannuo.application.spreadsheet.ReadLimits;

/** How large an import file may be, how many rows it may hold, and how wide it may be (MicroProfile Config). */
@ApplicationScoped
public class ImportLimits {

    /** The import formats have 15 columns; a file may carry columns of its own beside them, but not thousands. */
    static final int MAX_COLUMNS = 200;

    @Inject
    @ConfigProperty(name = "jiannuo.import.max-megabytes", defaultValue = "20")
    int maxMegabytes;

    @Inject
    @ConfigProperty(name = "jiannuo.import.max-rows", defaultValue = "100000")
    int maxRows;

    public long maxBytes() {
        return maxMegabytes * 1024L * 1024L;
    }

    public ReadLimits readLimits() {
        return new ReadLimits(maxBytes(), maxRows, MAX_COLUMNS);
    }
}
