package org.jiannuo.application.spreadsheet;

import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Reads and writes the CSV and XLSX files of imports and exports. The application sees headers,
 * rows and cells; encodings, workbooks and streaming are the adapter's.
 */
public interface TableFiles {

    /**
     * The file's header and rows. A file that cannot be used (empty, too large, of another type,
     * unreadable) is refused with a {@link org.jiannuo.domain.model.shared.RuleViolation} naming why.
     */
    Table read(String fileName, Path file, ReadLimits limits);

    /** A writer of rows in the given format; closing it finishes the file. */
    TableWriter writer(TableFormat format, OutputStream out, String sheetName);
}
