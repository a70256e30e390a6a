package org.jiannuo.domain.model.fulfilment;

/** The reviewer's verdict on a completion report. */
public enum CloseOutOutcome {
    /** Verified and closed out (销号). */
    CLOSED,
    /** Not done as committed: back to fulfilment with the reason. */
    SENT_BACK
}
