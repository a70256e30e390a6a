package org.jiannuo.infrastructure.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jiannuo.application.spreadsheet.FormulaGuard;
import org.jiannuo.application.spreadsheet.TableWriter;

/**
 * UTF-8 with the byte order mark, so that Excel opens the Chinese text correctly by double-click.
 * Every cell passes the {@link FormulaGuard}: a CSV cell has no type, so a spreadsheet decides by its first character.
 */
final class CsvTableWriter implements TableWriter {

    private final CSVPrinter printer;

    CsvTableWriter(OutputStream out) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(List<String> cells) {
        try {
            printer.printRecord(cells.stream().map(FormulaGuard::guard).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
