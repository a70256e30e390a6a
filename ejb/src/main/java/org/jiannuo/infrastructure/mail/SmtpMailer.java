package org.jiannuo.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.activation.DataHandler;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiannuo.application.fulfilment.MailAttachment;
import org.jiannuo.application.fulfilment.Mailer;

/**
 * Jakarta Mail over SMTP, configured by MicroProfile Config ({@code jiannuo.mail.*}) rather than a
 * server mail resource, so the same WAR mails from Payara Micro, Payara Server and the tests.
 */
@ApplicationScoped
public class SmtpMailer implements Mailer {

    @Inject
    @ConfigProperty(name = "jiannuo.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "jiannuo.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "jiannuo.mail.from", defaultValue = "jiannuo@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "jiannuo.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "jiannuo.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "jiannuo.mail.starttls", defaultValue = "false")
    boolean starttls;

    private Session session;

    @PostConstruct
    void connect() {
        if (!isEnabled()) {
            return;
        }
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host.get());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        if (username.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            session = Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(username.get(), password.orElse(""));
                }
            });
        } else {
            session = Session.getInstance(properties);
        }
    }

    @Override
    public boolean isEnabled() {
        return host.filter(value -> !value.isBlank()).isPresent();
    }

    @Override
    public void send(String to, String subject, String text) {
        send(to, subject, text, null);
    }

    @Override
    public void send(String to, String subject, String text, MailAttachment attachment) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            if (attachment == null) {
                message.setText(text, StandardCharsets.UTF_8.name());
            } else {
                MimeBodyPart words = new MimeBodyPart();
                words.setText(text, StandardCharsets.UTF_8.name());
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(),
                        attachment.contentType())));
                file.setFileName(MimeUtility.encodeText(attachment.fileName(), StandardCharsets.UTF_8.name(), "B"));
                message.setContent(new MimeMultipart(words, file));
            }
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("Mail to " + to + " failed: " + e.getMessage(), e);
        }
    }
}
