package org.jiannuo.application.spreadsheet;

/**
 * Keeps a cell of a written file text when a spreadsheet opens it. Excel and WPS read a CSV cell that
 * starts with {@code = + - @}, a tab or a carriage return as a formula, and a formula can send the
 * other cells of the row (an ID-card number) to a web address when the file is opened. Such a cell
 * is written with a leading apostrophe, which spreadsheets take as "this is text"; the import takes
 * the apostrophe off again, so that an exported file imports back unchanged.
 */
public final class FormulaGuard {

    private static final char TEXT_MARK = '\'';

    private FormulaGuard() {
    }

    /** The cell as written: guarded when a spreadsheet would read it as a formula. */
    public static String guard(String cell) {
        return needsGuard(cell) ? TEXT_MARK + cell : cell;
    }

    /** The cell as it was before {@link #guard}: one apostrophe fewer where the guard added it. */
    public static String unguard(String cell) {
        return cell != null && !cell.isEmpty() && cell.charAt(0) == TEXT_MARK && needsGuard(cell.substring(1))
                ? cell.substring(1) : cell;
    }

    /**
     * A cell a spreadsheet would evaluate, or one that already looks guarded (so that its own leading
     * apostrophe survives the way back). Leading spaces are skipped: some spreadsheets trim them first.
     */
    private static boolean needsGuard(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        String trimmed = cell.stripLeading();
        if (trimmed.isEmpty()) {
            return false;
        }
        char lead = trimmed.charAt(0);
        return lead == '=' || lead == '+' || lead == '-' || lead == '@'
                || (lead == TEXT_MARK && needsGuard(trimmed.substring(1)));
    }
}
