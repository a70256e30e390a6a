package org.jiannuo.interfaces.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;

/** The languages the screens speak: Simplified Chinese unless the user switched to English. */
public final class LocaleSelection {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String SESSION_ATTRIBUTE = "jiannuo.locale";
    static final String PARAMETER = "lang";

    private LocaleSelection() {
    }

    public static Locale of(HttpServletRequest request) {
        if (isBoard(request)) {
            return "en".equals(request.getParameter(PARAMETER)) ? ENGLISH : CHINESE;
        }
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : CHINESE;
    }

    /**
     * Applies a {@code ?lang=zh|en} switch; anything else leaves the choice as it was.
     *
     * @return the language switched to, if the request switched
     */
    public static Optional<String> applySwitch(HttpServletRequest request) {
        if (isBoard(request)) {
            return Optional.empty();
        }
        String requested = request.getParameter(PARAMETER);
        if ("en".equals(requested) || "zh".equals(requested)) {
            choose(request, requested);
            return Optional.of(requested);
        }
        return Optional.empty();
    }

    /** Whether the session speaks a language chosen already (by a switch, or from the account). */
    public static boolean isChosen(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_ATTRIBUTE) != null;
    }

    /**
     * The public board (its pages and its API) is one cacheable answer for everyone and never touches a
     * session: its language is the {@code ?lang=} of its address alone, Chinese by default.
     */
    public static boolean isBoard(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/board/") || path.startsWith("/api/v1/public/board/");
    }

    public static void choose(HttpServletRequest request, String languageTag) {
        request.getSession().setAttribute(SESSION_ATTRIBUTE, "en".equals(languageTag) ? ENGLISH : CHINESE);
    }
}
