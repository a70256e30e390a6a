package org.jiannuo.domain.model.opinion;

/**
 * Where an opinion stands. Received, it waits for the handling unit; forwarded, it waits for the unit
 * it was sent to; replied, the writer can read the answer; closed, nothing more happens. Every state
 * but closed may be closed; only a waiting opinion is answered or forwarded, and only a waiting one is
 * overdue.
 */
public enum OpinionState {
    RECEIVED,
    FORWARDED,
    REPLIED,
    CLOSED;

    /** Waits for an answer from its handling unit: may be replied to or forwarded, and falls overdue. */
    public boolean isAwaitingReply() {
        return this == RECEIVED || this == FORWARDED;
    }

    /** Not closed yet: counted among the open opinions. */
    public boolean isOpen() {
        return this != CLOSED;
    }
}
