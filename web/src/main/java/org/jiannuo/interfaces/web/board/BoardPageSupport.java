package org.jiannuo.interfaces.web.board;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import org.jiannuo.interfaces.web.PageActions;

/**
 * What every board page does with its view: loads it once, and answers 404 with the same short page
 * whatever was not found, so that a guessed key tells nothing.
 */
final class BoardPageSupport {

    private BoardPageSupport() {
    }

    static <T> T load(Supplier<T> loader) {
        return PageActions.orNotFound(loader);
    }

    /** A month of the address, {@code 2026-10}; anything else is no month. */
    static YearMonth month(String text) {
        try {
            return text == null || text.isBlank() ? null : YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Integer year(Integer year) {
        return year == null || year < 2000 || year > 2100 ? null : year;
    }
}
