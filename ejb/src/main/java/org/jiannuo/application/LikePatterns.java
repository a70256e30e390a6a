package org.jiannuo.application;

/** Text matched by {@code LIKE … ESCAPE '\'}: what the user typed is matched as typed, wildcards included. */
public final class LikePatterns {

    public static final char ESCAPE = '\\';

    private LikePatterns() {
    }

    public static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
