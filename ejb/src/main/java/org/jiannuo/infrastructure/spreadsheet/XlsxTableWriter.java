package org.jiannuo.infrastructure.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jiannuo.application.spreadsheet.TableWriter;

/**
 * Streams a worksheet: only a window of rows is held in memory, the rest goes to a temporary
 * file. Every cell is a text cell, never a number or a formula: an ID-card number keeps all 18 characters,
 * and a value that starts with {@code =} shows as written instead of being evaluated.
 */
final class XlsxTableWriter implements TableWriter {

    private static final int ROWS_IN_MEMORY = 200;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet;
    private final CellStyle headerStyle;
    private int nextRow;

    XlsxTableWriter(OutputStream out, String sheetName) {
        this.out = out;
        this.sheet = workbook.createSheet(sheetName);
        Font bold = workbook.createFont();
        bold.setBold(true);
        this.headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<String> cells) {
        Row row = sheet.createRow(nextRow);
        for (int column = 0; column < cells.size(); column++) {
            String value = cells.get(column);
            if (value != null) {
                row.createCell(column).setCellValue(value);
                if (nextRow == 0) {
                    row.getCell(column).setCellStyle(headerStyle);
                }
            }
        }
        nextRow++;
    }

    @Override
    public void close() {
        try (workbook) {
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
