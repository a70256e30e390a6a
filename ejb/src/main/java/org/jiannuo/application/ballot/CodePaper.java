package org.jiannuo.application.ballot;

import java.io.Serializable;
import java.util.List;
import org.jiannuo.domain.model.ballot.Scale;

/** What the holder of a participation code sees: the occasion, its scale and its subjects. */
public record CodePaper(long occasionId, String title, String unitName, Scale scale, List<String> options,
        List<PaperLine> subjects) implements Serializable {
}
