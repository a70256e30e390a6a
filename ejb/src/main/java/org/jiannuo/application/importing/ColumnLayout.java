package org.jiannuo.application.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiannuo.application.spreadsheet.TableRow;

/**
 * Where each known column sits in a file's header row. Headers match by code or Chinese
 * header, ignoring case and spaces; columns the import does not know are left alone.
 */
final class ColumnLayout<C extends Enum<C> & ImportColumn> {

    private final Map<C, Integer> positions;
    private final List<ImportProblem> problems;

    private ColumnLayout(Map<C, Integer> positions, List<ImportProblem> problems) {
        this.positions = positions;
        this.problems = problems;
    }

    static <C extends Enum<C> & ImportColumn> ColumnLayout<C> of(Class<C> columns, List<String> header) {
        Map<C, Integer> positions = new EnumMap<>(columns);
        List<ImportProblem> problems = new ArrayList<>();
        for (int index = 0; index < header.size(); index++) {
            String name = normalize(header.get(index));
            for (C column : columns.getEnumConstants()) {
                if (name.equals(normalize(column.code())) || name.equals(normalize(column.header()))) {
                    if (positions.putIfAbsent(column, index) != null) {
                        problems.add(ImportProblem.ofFile("import.duplicateColumn", column.label()));
                    }
                }
            }
        }
        for (C column : columns.getEnumConstants()) {
            if (column.required() && !positions.containsKey(column)) {
                problems.add(ImportProblem.ofFile("import.missingColumn", column.label()));
            }
        }
        return new ColumnLayout<>(positions, problems);
    }

    List<ImportProblem> problems() {
        return problems;
    }

    String value(TableRow row, C column) {
        Integer position = positions.get(column);
        return position == null ? null : row.cell(position);
    }

    private static String normalize(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").replaceAll("\\s", "").toLowerCase(Locale.ROOT);
    }
}
