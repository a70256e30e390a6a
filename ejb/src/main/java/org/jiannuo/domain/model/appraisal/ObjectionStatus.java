package org.jiannuo.domain.model.appraisal;

/** Where an objection against a published grade stands. */
public enum ObjectionStatus {
    /** Lodged during the publicity period; the grader has not answered yet. */
    OPEN,
    /** The grader reviewed it and kept the grade, with a reason. */
    UPHELD,
    /** The grader reviewed it and changed the grade, with a reason. */
    CHANGED
}
