package org.jiannuo.application.importing;

import java.io.Serializable;
import java.util.List;

/**
 * Why a row (or, with line 0, the whole file) cannot be imported. The code names a message
 * ({@code rule.<code>}) that the screen shows in the reader's language.
 *
 * @param column the column's header as the file has it, or null when the problem is the whole row
 */
public record ImportProblem(int line, String column, String code, List<Serializable> arguments)
        implements Serializable {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem ofFile(String code, Serializable... arguments) {
        return new ImportProblem(0, null, code, List.of(arguments));
    }
}
