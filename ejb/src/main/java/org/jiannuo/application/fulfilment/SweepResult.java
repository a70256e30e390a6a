package org.jiannuo.application.fulfilment;

import java.io.Serializable;

/** What one daily sweep of one tenant did. */
public record SweepResult(int overdueMarked, int rectificationsOverdue, int remindersLeft, int mailsSent)
        implements Serializable {

    SweepResult withMails(int mails) {
        return new SweepResult(overdueMarked, rectificationsOverdue, remindersLeft, mails);
    }
}
