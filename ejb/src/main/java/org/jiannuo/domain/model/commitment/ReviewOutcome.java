package org.jiannuo.domain.model.commitment;

/**
 * 审核: approve and register in the ledger (备案); return for revision (修改完善) when loosely tied
 * to the post; reject and ask for a new item (重新提出) when infeasible.
 */
public enum ReviewOutcome {
    APPROVE,
    RETURN,
    REJECT
}
