package org.jiannuo.application.importing;

import java.io.Serializable;
import java.util.List;

/**
 * What an import would do, computed without changing anything: counts, every problem found
 * (up to a limit) and the first rows that create or change something.
 */
public record ImportPreview(ImportKind kind, String encoding, int rows, int created, int changed, int unchanged,
        List<ImportProblem> problems, int problemCount, List<ImportChange> sample) implements Serializable {

    public ImportPreview {
        problems = List.copyOf(problems);
        sample = List.copyOf(sample);
    }

    public boolean isAcceptable() {
        return problemCount == 0;
    }

    public boolean changesSomething() {
        return created + changed > 0;
    }
}
