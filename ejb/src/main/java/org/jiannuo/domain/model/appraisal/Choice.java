package org.jiannuo.domain.model.appraisal;

/** 好 / 较好 / 一般 / 差 / 不了解: one voter's rating of one subject. */
public enum Choice {
    GOOD,
    FAIRLY_GOOD,
    AVERAGE,
    POOR,
    UNKNOWN
}
