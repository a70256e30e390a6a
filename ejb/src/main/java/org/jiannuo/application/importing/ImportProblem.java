package org.jiannuo.application.importing;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.jiannuo.domain.model.shared.RuleViolation;

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

    /** A rule of the domain that a row (or, with line 0, the file) broke. */
    static ImportProblem of(int line, String column, RuleViolation violation) {
        return new ImportProblem(line, column, violation.code(), Arrays.stream(violation.arguments())
                .map(argument -> argument instanceof Serializable s ? s : String.valueOf(argument))
                .toList());
    }
}
