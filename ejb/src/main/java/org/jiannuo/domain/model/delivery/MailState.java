package org.jiannuo.domain.model.delivery;

/**
 * The mail of one delivery. A node claims it (PENDING or FAILED to SENDING) with one conditional update, so two
 * nodes never send the same mail; a failure waits for its retry, and after {@link MailRetry#MOST_ATTEMPTS} the
 * delivery stays in the inbox only.
 */
public enum MailState {
    /** The recipient has no e-mail address on record: inbox only. */
    NONE,
    PENDING,
    SENDING,
    SENT,
    FAILED,
    GAVE_UP
}
