package org.jiannuo.domain.model.yearend;

/** The year-end result (seed 000): 优秀 / 合格 / 不合格; the names are the options of the EXCELLENCE scale. */
public enum AnnualGrade {
    EXCELLENT,
    QUALIFIED,
    UNQUALIFIED
}
