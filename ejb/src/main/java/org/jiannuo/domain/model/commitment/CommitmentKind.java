package org.jiannuo.domain.model.commitment;

/** 年度承诺, made at the start of the year and counted against the quota; 即时承诺, for a phase or a task. */
public enum CommitmentKind {
    ANNUAL,
    IMMEDIATE
}
