package org.jiannuo.domain.model.publicity;

/** Where an objection against a published grade or year-end result stands. */
public enum ObjectionStatus {
    /** Lodged during the publicity period; nobody has answered yet. */
    OPEN,
    /** It was reviewed and the grade or result kept, with a reason. */
    UPHELD,
    /** It was reviewed and the grade or result changed, with a reason. */
    CHANGED
}
