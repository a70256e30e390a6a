package org.jiannuo.infrastructure.spreadsheet;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.nio.file.Path;
import org.jiannuo.application.spreadsheet.ReadLimits;
import org.jiannuo.application.spreadsheet.Table;
import org.jiannuo.application.spreadsheet.TableFiles;
import org.jiannuo.application.spreadsheet.TableFormat;
import org.jiannuo.application.spreadsheet.TableWriter;

/** Table files as RFC 4180 CSV (Commons CSV) and XLSX (Apache POI). */
@ApplicationScoped
public class CsvXlsxTableFiles implements TableFiles {

    @Override
    public Table read(String fileName, Path file, ReadLimits limits) {
        return TableReader.read(fileName, file, limits);
    }

    @Override
    public TableWriter writer(TableFormat format, OutputStream out, String sheetName) {
        return switch (format) {
            case CSV -> new CsvTableWriter(out);
            case XLSX -> new XlsxTableWriter(out, sheetName);
        };
    }
}
