package org.jiannuo.reports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRParameter;

/**
 * The printed labels of the templates ({@code $R{...}} in the JRXML: column headings, page numbers, the slips'
 * labels) in the reader's language, from {@code org/jiannuo/reports/labels*.properties}: Chinese, the default, and
 * English. Looked up without falling back to the server's own locale, so a Chinese reader gets Chinese on an English
 * server. The words that depend on the data (titles, owners, pledges) come from the caller as parameters.
 */
public final class ReportLabels {

    static final String BUNDLE = "org.jiannuo.reports.labels";

    private ReportLabels() {
    }

    /** The parameters that give a report its labels in the locale's language; English or Chinese. */
    public static Map<String, Object> parameters(Locale locale) {
        Locale language = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, ReportLabels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return Map.of(JRParameter.REPORT_RESOURCE_BUNDLE, bundle, JRParameter.REPORT_LOCALE, language);
    }

    /** The report's own parameters (title, data-dependent lines) with the labels of the locale's language. */
    public static Map<String, Object> parameters(Locale locale, Map<String, Object> others) {
        Map<String, Object> parameters = new HashMap<>(parameters(locale));
        parameters.putAll(others);
        return parameters;
    }
}
