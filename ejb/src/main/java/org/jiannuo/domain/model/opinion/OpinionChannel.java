package org.jiannuo.domain.model.opinion;

/** How an opinion came in. */
public enum OpinionChannel {
    /** Left by the writer on the public board, with the challenge solved and within the rate limits. */
    BOARD,
    /** Received on the unit's public phone and entered by its staff. */
    PHONE
}
