package org.jiannuo.infrastructure.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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

    /** Reads the file where the upload was spooled; a workbook is opened from the disk, never unpacked whole. */
    public static Table read(String fileName, Path file, ReadLimits limits) {
        long size = size(file);
        if (size == 0) {
            throw new RuleViolation("import.emptyFile");
        }
        if (size > limits.maxBytes()) {
            throw new RuleViolation("import.fileTooLarge", limits.maxBytes() / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        Table table;
        if (name.endsWith(".xlsx") || startsWithZipMagic(file)) {
            table = XlsxTableReader.read(file, limits);
        } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
            table = CsvTableReader.read(readAll(file), limits);
        } else {
            throw new RuleViolation("import.unsupportedType", fileName);
        }
        if (table.header().stream().allMatch(cell -> cell == null || cell.isBlank())) {
            throw new RuleViolation("import.noHeader");
        }
        return table;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWithZipMagic(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void requireRowLimit(int rows, ReadLimits limits) {
        if (rows > limits.maxRows()) {
            throw new RuleViolation("import.tooManyRows", limits.maxRows());
        }
    }

    /** The row's cells up to the limit; empty cells beyond it (Excel pads CSV rows with them) are dropped. */
    static List<String> withinColumnLimit(List<String> cells, ReadLimits limits) {
        for (int column = cells.size() - 1; column >= limits.maxColumns(); column--) {
            String cell = cells.get(column);
            if (cell != null && !cell.isBlank()) {
                requireColumnLimit(column, limits);
            }
        }
        return cells.size() > limits.maxColumns() ? cells.subList(0, limits.maxColumns()) : cells;
    }

    /** A cell with content at this column (0 for the first) is refused when it lies beyond the limit. */
    static void requireColumnLimit(long column, ReadLimits limits) {
        if (column >= limits.maxColumns()) {
            throw new RuleViolation("import.tooManyColumns", limits.maxColumns());
        }
    }
}
