package org.jiannuo.domain.model.stars;

/** What a page of the star log book (纪实手册) records: study, a visit or service to a household, post duty. */
public enum LogEntryKind {
    STUDY,
    HOUSEHOLD_SERVICE,
    POST_DUTY
}
