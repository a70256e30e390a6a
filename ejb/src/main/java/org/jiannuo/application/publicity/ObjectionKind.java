package org.jiannuo.application.publicity;

/** What an objection is against: a published monthly grade, a member's published year-end result or year-end stars. */
public enum ObjectionKind {
    GRADE,
    RESULT,
    STARS
}
