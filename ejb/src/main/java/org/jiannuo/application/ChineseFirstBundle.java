package org.jiannuo.application;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The bundles of words the services write for a reader (reminders, audit summaries): Chinese, the tenants' language,
 * is the base bundle, and a reader of another language gets it rather than the server's default locale.
 */
public final class ChineseFirstBundle {

    private ChineseFirstBundle() {
    }

    public static ResourceBundle of(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
