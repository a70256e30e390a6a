package org.jiannuo.domain.model.opinion;

/** What an opinion is about. */
public enum TargetKind {
    /** A unit as a whole: its work, its secretary, its board. */
    UNIT,
    /** One published commitment of a member or an organization. */
    COMMITMENT,
    /** One published monthly grade of a member, a staff member or a branch. */
    GRADE
}
