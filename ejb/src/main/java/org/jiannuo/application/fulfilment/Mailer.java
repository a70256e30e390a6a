package org.jiannuo.application.fulfilment;

/** Sends plain-text mail; disabled when no SMTP server is configured. */
public interface Mailer {

    boolean isEnabled();

    /** Sends at once; a failure is thrown so that the caller keeps the reminder for the next attempt. */
    void send(String to, String subject, String text);

    /** Sends at once with a file attached, or without when {@code attachment} is null; a failure is thrown. */
    void send(String to, String subject, String text, MailAttachment attachment);
}
