package org.jiannuo.application.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of an import or export file for coded values: the Chinese term a user writes
 * (正式党员, 党支部, 是), or the code itself. The terms are the file format's, not the screen's,
 * so they stay Chinese whatever language the screen is in.
 */
final class Vocabulary {

    private static final Properties TERMS = load();
    private static final Set<String> YES = Set.of(TERMS.getProperty("flag.yes"), "true", "yes", "y", "1", "√");
    private static final Set<String> NO = Set.of(TERMS.getProperty("flag.no"), "false", "no", "n", "0");

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
        return TERMS.getProperty(value ? "flag.yes" : "flag.no");
    }

    /** The terms of a coded value, as a problem lists what a cell may say: 党委、党总支、党支部. */
    static <E extends Enum<E>> String terms(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Vocabulary::term).collect(Collectors.joining("、"));
    }

    /** The terms of a flag column, as a problem lists them: 是、否. */
    static String flagTerms() {
        return flag(true) + "、" + flag(false);
    }

    static String heading(Enum<?> column) {
        return TERMS.getProperty(column.getDeclaringClass().getSimpleName() + "." + column.name());
    }

    /** The sheet name of an exported workbook ({@code people}, {@code units}). */
    static String sheet(String kind) {
        return TERMS.getProperty("sheet." + kind);
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
