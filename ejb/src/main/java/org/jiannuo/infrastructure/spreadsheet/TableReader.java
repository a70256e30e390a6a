package org.jiannuo.infrastructure.spreadsheet;

import java.util.Locale;
import org.jiannuo.application.spreadsheet.ReadLimits;
import org.jiannuo.application.spreadsheet.Table;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * Reads an uploaded CSV or XLSX file into a {@link Table}. Every way a file can be unusable
 * ends in a {@link RuleViolation} whose code names it, never in a half-read table.
 */
public final class TableReader {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private TableReader() {
    }

    public static Table read(String fileName, byte[] content, ReadLimits limits) {
        if (content.length == 0) {
            throw new RuleViolation("import.emptyFile");
        }
        if (content.length > limits.maxBytes()) {
            throw new RuleViolation("import.fileTooLarge", limits.maxBytes() / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        Table table;
        if (name.endsWith(".xlsx") || startsWithZipMagic(content)) {
            table = XlsxTableReader.read(content, limits);
        } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
            table = CsvTableReader.read(content, limits);
        } else {
            throw new RuleViolation("import.unsupportedType", fileName);
        }
        if (table.header().stream().allMatch(cell -> cell == null || cell.isBlank())) {
            throw new RuleViolation("import.noHeader");
        }
        return table;
    }

    private static boolean startsWithZipMagic(byte[] content) {
        if (content.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (content[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    static void requireRowLimit(int rows, ReadLimits limits) {
        if (rows > limits.maxRows()) {
            throw new RuleViolation("import.tooManyRows", limits.maxRows());
        }
    }
}
