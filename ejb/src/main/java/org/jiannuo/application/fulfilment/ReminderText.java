package org.jiannuo.application.fulfilment;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jiannuo.application.ChineseFirstBundle;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.fulfilment.Reminder;
import org.jiannuo.domain.model.fulfilment.ReminderKind;

/**
 * The words of a reminder, for the mail and the in-app list alike, in the reader's language: the words are in
 * {@code reminders.properties} (Chinese) and {@code reminders_en.properties}.
 */
public final class ReminderText {

    private static final String BUNDLE = "org.jiannuo.application.fulfilment.reminders";

    private final ResourceBundle words;
    private final Locale locale;

    private ReminderText(Locale locale) {
        this.locale = locale;
        this.words = ChineseFirstBundle.of(BUNDLE, locale);
    }

    /** The words in the language of this tag (e.g. {@code en}, {@code zh-CN}); Chinese when none is chosen. */
    public static ReminderText in(String languageTag) {
        return in(languageTag == null || languageTag.isBlank() ? Locale.SIMPLIFIED_CHINESE
                : Locale.forLanguageTag(languageTag));
    }

    public static ReminderText in(Locale locale) {
        return new ReminderText(locale);
    }

    public String subject(int count) {
        return format("subject", count);
    }

    public String digest(String name, List<Reminder> reminders, String publicUrl) {
        StringBuilder text = new StringBuilder(format("greeting", name)).append("\n\n")
                .append(words.getString("intro")).append("\n\n");
        int number = 1;
        for (Reminder reminder : reminders) {
            text.append(number++).append(". ").append(line(reminder.getKind(), reminder.getCommitment())).append('\n');
        }
        return text.append('\n').append(format("closing", publicUrl)).append('\n')
                .append(words.getString("automatic")).append('\n').toString();
    }

    public String line(ReminderKind kind, Commitment commitment) {
        return format(kind.name(), commitment.getContent(), String.valueOf(commitment.getDueDate()));
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(words.getString(key), locale).format(arguments);
    }
}
