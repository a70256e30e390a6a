package org.jiannuo.domain.model.ballot;

/** What an occasion belongs to: a meeting's appraisal ballot, or a unit's own vote or survey. */
public enum OccasionOwner {
    MEETING,
    UNIT
}
