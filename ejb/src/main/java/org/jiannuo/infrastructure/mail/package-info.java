/**
 * {@link org.jiannuo.infrastructure.mail.SmtpMailer}: the application's {@code Mailer} port over Jakarta Mail; without
 * {@code jiannuo.mail.host} no mail is sent.
 */
package org.jiannuo.infrastructure.mail;
