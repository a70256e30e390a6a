package org.jiannuo.interfaces.web.board;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.Supplier;
import org.jiannuo.interfaces.web.PageActions;

/**
 * What every board page does with its view: loads it once, and answers 404 with the same short page
 * whatever was not found, so that a guessed key tells nothing.
 */
final class BoardPageSupport {

    /** What the redirect of an objection form may report; anything else in the address is ignored. */
    private static final Set<String> OUTCOMES = Set.of("lodged", "afterPublicity", "tooMany", "textRequired",
            "textTooLong", "refused");

    private BoardPageSupport() {
    }

    /** The message key of the objection's outcome, if the address reports one. */
    static String outcomeKey(String outcome) {
        return outcome != null && OUTCOMES.contains(outcome) ? "board.objection." + outcome : null;
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
