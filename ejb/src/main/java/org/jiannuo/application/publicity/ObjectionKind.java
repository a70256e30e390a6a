package org.jiannuo.application.publicity;

/** What an objection is against: a published monthly grade, or a member's published year-end result. */
public enum ObjectionKind {
    GRADE,
    RESULT
}
