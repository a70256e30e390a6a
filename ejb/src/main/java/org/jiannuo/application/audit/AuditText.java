package org.jiannuo.application.audit;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jiannuo.application.ChineseFirstBundle;

/**
 * The words of audit summaries in one language, from {@code summaries.properties} (Chinese) and
 * {@code summaries_en.properties}.
 */
public final class AuditText {

    static final String BUNDLE = "org.jiannuo.application.audit.summaries";
    static final String WORD_PREFIX = "word.";

    private final ResourceBundle words;
    private final Locale locale;

    private AuditText(Locale locale) {
        this.locale = locale;
        this.words = ChineseFirstBundle.of(BUNDLE, locale);
    }

    public static AuditText in(Locale locale) {
        return new AuditText(locale);
    }

    /** The summary in this language; an unknown word stays its key rather than failing the whole trail. */
    public String say(AuditSummary summary) {
        Object[] arguments = summary.arguments().stream()
                .map(argument -> argument instanceof AuditSummary.Word word ? word(word) : argument)
                .toArray();
        return new MessageFormat(words.getString(summary.event().name()), locale).format(arguments);
    }

    private String word(AuditSummary.Word word) {
        try {
            return words.getString(WORD_PREFIX + word.key());
        } catch (MissingResourceException e) {
            return word.key();
        }
    }
}
