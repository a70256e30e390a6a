package org.jiannuo.application;

/**
 * Text a user chose (a file name, a login, a tenant code) as it may appear in a log line: quoted,
 * shortened, with control characters, line and paragraph separators, quotes and backslashes written
 * as escapes, so that it can neither start a forged log line nor hide what follows it.
 */
public final class LogText {

    static final int LONGEST = 120;

    private LogText() {
    }

    public static String quoted(String text) {
        if (text == null) {
            return "\"\"";
        }
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().limit(LONGEST).forEach(c -> {
            if (isUnsafe(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        if (text.codePointCount(0, text.length()) > LONGEST) {
            out.append('…');
        }
        return out.append('"').toString();
    }

    private static boolean isUnsafe(int c) {
        return Character.isISOControl(c) || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029'
                || Character.getType(c) == Character.FORMAT;
    }
}
