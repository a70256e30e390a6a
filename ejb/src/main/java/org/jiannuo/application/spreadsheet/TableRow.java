package org.jiannuo.application.spreadsheet;

import java.util.List;

/**
 * One row of a file, with the line (CSV) or row number (XLSX) a person sees in their editor.
 */
public record TableRow(int line, List<String> cells) {

    public TableRow {
        cells = List.copyOf(cells);
    }

    /** The stripped cell as it was exported (see {@link FormulaGuard}), or null when it is empty or beyond the row's end. */
    public String cell(int column) {
        if (column < 0 || column >= cells.size()) {
            return null;
        }
        String value = FormulaGuard.unguard(cells.get(column));
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean isBlank() {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }
}
