package org.jiannuo.application.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The words of an import or export file for coded values: the Chinese term a user writes
 * (正式党员, 党支部, 是), or the code itself. The terms are the file format's, not the screen's,
 * so they stay Chinese whatever language the screen is in.
 */
final class Vocabulary {

    private static final Properties TERMS = load();
    private static final Set<String> YES = Set.of("是", "true", "yes", "y", "1", "√");
    private static final Set<String> NO = Set.of("否", "false", "no", "n", "0");

    private Vocabulary() {
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text) || term(constant).equals(text)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** Empty means no; anything not recognised is empty too, and reported by the caller. */
    static Optional<Boolean> parseFlag(String text) {
        if (text == null) {
            return Optional.of(false);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (YES.contains(lower)) {
            return Optional.of(true);
        }
        return NO.contains(lower) ? Optional.of(false) : Optional.empty();
    }

    static String term(Enum<?> constant) {
        if (constant == null) {
            return null;
        }
        return TERMS.getProperty(constant.getDeclaringClass().getSimpleName() + "." + constant.name(), constant.name());
    }

    static String flag(boolean value) {
        return value ? "是" : "否";
    }

    private static Properties load() {
        Properties terms = new Properties();
        try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.properties")) {
            terms.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
