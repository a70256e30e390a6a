package org.jiannuo.infrastructure.generator;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jiannuo.domain.model.shared.ResourceWords;

/**
 * The demo county's words, from {@code demo-county.properties}: names, sectors, posts and the texts of its generated
 * year. They are data the generator stores, Chinese whatever the reader's language, kept out of the code.
 */
public final class DemoWords {

    private static final ResourceWords WORDS = ResourceWords.beside(DemoWords.class, "demo-county.properties");

    private DemoWords() {
    }

    /** One text; fails loudly when the file lacks it, since a half-generated county is worse than none. */
    public static String text(String key) {
        return WORDS.text(key);
    }

    /** A text with {0}, {1}… filled in, the arguments as they are (a month is 7, not a formatted number). */
    static String text(String key, Object... arguments) {
        return new MessageFormat(text(key), Locale.ROOT)
                .format(Arrays.stream(arguments).map(String::valueOf).toArray());
    }

    /** A list, in the order the file gives it: the generator's seeded draws depend on the order. */
    static List<String> list(String key) {
        return WORDS.list(key);
    }

    static String[] array(String key) {
        return list(key).toArray(String[]::new);
    }
}
