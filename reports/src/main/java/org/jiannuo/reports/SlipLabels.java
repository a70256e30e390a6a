package org.jiannuo.reports;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRParameter;

/**
 * The printed labels of the slip templates ({@code $R{...}} in the JRXML) in the reader's language, from
 * {@code org/jiannuo/reports/slips*.properties}: Chinese, the default, and English. Looked up without falling
 * back to the server's own locale, so a Chinese reader gets Chinese on an English server.
 */
public final class SlipLabels {

    static final String BUNDLE = "org.jiannuo.reports.slips";

    private SlipLabels() {
    }

    /** The parameters that give a slip report its labels in the locale's language; English or Chinese. */
    public static Map<String, Object> parameters(Locale locale) {
        Locale language = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, SlipLabels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return Map.of(JRParameter.REPORT_RESOURCE_BUNDLE, bundle, JRParameter.REPORT_LOCALE, language);
    }
}
