package org.jiannuo.infrastructure.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jiannuo.application.spreadsheet.ReadLimits;
import org.jiannuo.application.spreadsheet.Table;
import org.jiannuo.application.spreadsheet.TableWriter;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class TableReaderTest {

    private static final ReadLimits LIMITS = new ReadLimits(1024 * 1024, 1000, 200);
    private static final String CSV = "所在组织,姓名,身份证号\r\n城关镇党委/第一党支部,\"张,三\",11010119800101001X\r\n\r\n"
            + "城关镇党委/第二党支部,李四,110101198001010021\r\n";

    @Test
    void readsUtf8WithAndWithoutByteOrderMark() {
        byte[] plain = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
        for (byte[] content : List.of(plain, withBom)) {
            Table table = read("people.csv", content, LIMITS);
            assertEquals(List.of("所在组织", "姓名", "身份证号"), table.header());
            assertEquals(2, table.rows().size(), "the blank line is skipped");
            assertEquals("张,三", table.rows().get(0).cell(1));
            assertEquals(4, table.rows().get(1).line(), "lines count as the editor shows them");
            assertEquals("UTF-8", table.encoding());
        }
    }

    @Test
    void readsWhatChineseExcelSavesAsPlainCsv() {
        Table table = read("people.csv", CSV.getBytes(CsvTableReader.GB18030), LIMITS);
        assertEquals("GB18030", table.encoding());
        assertEquals("李四", table.rows().get(1).cell(1));
    }

    @Test
    void refusesBytesThatAreNeitherUtf8NorGb18030() {
        byte[] garbage = {'a', ',', 'b', '\n', (byte) 0xFF, (byte) 0x80, ',', 'c', '\n'};
        assertEquals("import.wrongEncoding", code(() -> read("x.csv", garbage, LIMITS)));
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "a,b".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("import.wrongEncoding", code(() -> read("x.csv", utf16, LIMITS)));
    }

    @Test
    void refusesAnUnclosedQuote() {
        byte[] content = "a,b\n\"unclosed,1\n2,3\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("import.malformedCsv", code(() -> read("x.csv", content, LIMITS)));
    }

    @Test
    void refusesEmptyOversizedAndUnknownFilesAndTooManyRows() {
        assertEquals("import.emptyFile", code(() -> read("x.csv", new byte[0], LIMITS)));
        byte[] big = new byte[1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        assertEquals("import.fileTooLarge", code(() -> read("x.csv", big, LIMITS)));
        assertEquals("import.unsupportedType", code(() -> read("x.pdf", "%PDF".getBytes(), LIMITS)));
        StringBuilder rows = new StringBuilder("a\n");
        for (int i = 0; i <= LIMITS.maxRows(); i++) {
            rows.append(i).append('\n');
        }
        byte[] manyRows = rows.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals("import.tooManyRows", code(() -> read("x.csv", manyRows, LIMITS)));
    }

    @Test
    void readsBackAWorkbookItWrote() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = new XlsxTableWriter(out, "人员名册")) {
            writer.row(List.of("所在组织", "姓名", "身份证号"));
            writer.row(Arrays.asList("城关镇党委/第一党支部", null, "11010119800101001X"));
            writer.row(List.of("城关镇党委/第二党支部", "李四", "110101198001010021"));
        }
        Table table = read("people.xlsx", out.toByteArray(), LIMITS);
        assertEquals(List.of("所在组织", "姓名", "身份证号"), table.header());
        assertEquals(null, table.rows().get(0).cell(1), "an empty cell keeps its column");
        assertEquals("11010119800101001X", table.rows().get(0).cell(2));
        assertEquals(3, table.rows().get(1).line());
    }

    @Test
    void refusesAZipThatIsNoWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("import.malformedXlsx", code(() -> read("people.xlsx", out.toByteArray(), LIMITS)));
        byte[] truncated = Arrays.copyOf(out.toByteArray(), 20);
        assertEquals("import.malformedXlsx", code(() -> read("people.xlsx", truncated, LIMITS)));
    }

    @Test
    void refusesACellWithContentBeyondTheColumnLimit() {
        // POI's CellReference keeps the column in a short: ZZZZZZ wraps to 14,933, which filled as many cells.
        for (String far : List.of("ZZZZZZ2", "XFD2", "GS2")) {
            assertEquals("import.tooManyColumns", code(() -> read("people.xlsx", CraftedWorkbooks.withCellAt(far), LIMITS)),
                    far);
        }
        Table lastAllowed = read("people.xlsx", CraftedWorkbooks.withCellAt("GR2"), LIMITS);
        assertEquals("x", lastAllowed.rows().get(0).cell(199), "column 200 is the last one read");
        StringBuilder wide = new StringBuilder("姓名\n");
        wide.append(",".repeat(5000)).append("x\n");
        assertEquals("import.tooManyColumns", code(() -> read("people.csv", wide.toString().getBytes(StandardCharsets.UTF_8),
                LIMITS)));
        byte[] padded = ("姓名" + ",".repeat(5000) + "\n张三" + ",".repeat(5000) + "\n").getBytes(StandardCharsets.UTF_8);
        assertEquals("张三", read("people.csv", padded, LIMITS).rows().get(0).cell(0), "empty padding is no content");
    }

    @Test
    void refusesAWorkbookThatUnpacksFarBeyondItsSizeWithoutUnpackingIt() {
        byte[] bomb = CraftedWorkbooks.bomb(64);
        assertTrue(bomb.length < LIMITS.maxBytes(), "the bomb passes the size limit: " + bomb.length);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();
        assertEquals("import.workbookTooLarge", code(() -> read("people.xlsx", bomb, LIMITS)));
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        assertTrue(allocated < 16L * 1024 * 1024, "allocated while refusing: " + allocated);
        assertTrue(System.nanoTime() - started < 5_000_000_000L, "refused quickly");
    }

    @Test
    void csvWriterWritesWhatTheReaderReads() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("姓名", "备注"));
        rows.add(List.of("王五", "含\"引号\"，逗号,\n和换行"));
        try (TableWriter writer = new CsvTableWriter(out)) {
            rows.forEach(writer::row);
        }
        Table table = read("x.csv", out.toByteArray(), LIMITS);
        assertEquals(rows.get(1), table.rows().get(0).cells());
    }

    static Table read(String fileName, byte[] content, ReadLimits limits) {
        try {
            Path file = Files.createTempFile("table-reader-test", ".upload");
            try {
                Files.write(file, content);
                return TableReader.read(fileName, file, limits);
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String code(Runnable read) {
        return assertThrows(RuleViolation.class, read::run).code();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
