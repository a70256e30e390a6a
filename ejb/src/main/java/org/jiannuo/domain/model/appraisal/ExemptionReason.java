package org.jiannuo.domain.model.appraisal;

/** 老弱病残: why a member may be excused from 一讲二评三公示 (seed 004). */
public enum ExemptionReason {
    ELDERLY,
    WEAK,
    SICK,
    DISABLED
}
