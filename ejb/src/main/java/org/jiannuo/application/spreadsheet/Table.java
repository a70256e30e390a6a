package org.jiannuo.application.spreadsheet;

import java.util.List;

/**
 * The content of an uploaded CSV or XLSX file: its header row and the rows below it.
 *
 * @param encoding the character set a CSV file was read in; "XLSX" for a workbook
 */
public record Table(List<String> header, List<TableRow> rows, String encoding) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
