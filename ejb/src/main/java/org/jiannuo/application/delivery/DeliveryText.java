package org.jiannuo.application.delivery;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jiannuo.application.ChineseFirstBundle;

/** The words of a delivery mail in the recipient's language ({@code deliveries.properties}, {@code deliveries_en}). */
final class DeliveryText {

    private static final String BUNDLE = "org.jiannuo.application.delivery.deliveries";

    private final ResourceBundle words;
    private final Locale locale;

    private DeliveryText(Locale locale) {
        this.locale = locale;
        this.words = ChineseFirstBundle.of(BUNDLE, locale);
    }

    /** In the language of this tag; Chinese when none is chosen. */
    static DeliveryText in(String languageTag) {
        return new DeliveryText(languageTag == null || languageTag.isBlank() ? Locale.SIMPLIFIED_CHINESE
                : Locale.forLanguageTag(languageTag));
    }

    String subject(String title) {
        return format("subject", title);
    }

    /** The body: the document attached, or too large and to be read in the inbox. */
    String body(String name, String title, String period, boolean attached, String inboxUrl) {
        return format("greeting", name) + "\n\n"
                + (attached ? format("attached", title, period) : format("linked", title, period, inboxUrl)) + "\n\n"
                + format("inbox", inboxUrl) + "\n" + words.getString("automatic") + "\n";
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(words.getString(key), locale).format(arguments);
    }
}
