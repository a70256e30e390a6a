package org.jiannuo.application.appraisal;

import java.io.Serializable;
import org.jiannuo.domain.model.appraisal.RemarkKind;

/** A subject a leader remarks on at a meeting, with the remark once written. */
public record RemarkLine(RemarkKind kind, String subjectKey, String subjectName, String progress,
        String shortcomings, String direction, String remarkedBy, long version,
        boolean mayWrite) implements Serializable {

    public boolean isWritten() {
        return progress != null;
    }
}
