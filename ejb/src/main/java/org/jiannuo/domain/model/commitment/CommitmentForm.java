package org.jiannuo.domain.model.commitment;

/** 个人承诺, 集体承诺, 领办承诺 (leading the masses in a task). */
public enum CommitmentForm {
    PERSONAL,
    COLLECTIVE,
    LEADING_THE_MASSES
}
