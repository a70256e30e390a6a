package org.jiannuo.application.spreadsheet;

import java.util.List;

/** Writes rows one at a time to a CSV or XLSX stream; closing finishes the file. */
public interface TableWriter extends AutoCloseable {

    void row(List<String> cells);

    @Override
    void close();
}
