package org.jiannuo.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.interfaces.i18n.Bundle;

/** Messages on the current screen, in the view's language. */
public final class Messages {

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        return Bundle.text(locale(), key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    public static void ruleViolated(RuleViolation violation) {
        add(FacesMessage.SEVERITY_ERROR, Bundle.ruleMessage(locale(), violation));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
