package org.jiannuo.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.shared.RuleViolation;

/** Messages in the user's language, from the screens' bundle. */
public final class Messages {

    private static final String BUNDLE = "org.jiannuo.interfaces.web.messages";

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale());
        try {
            return new MessageFormat(bundle.getString(key), context.getViewRoot().getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** The rule's message, with enumerated arguments (unit types, party statuses) in the user's words. */
    public static void ruleViolated(RuleViolation violation) {
        Object[] arguments = violation.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof OrgUnitType type) {
                arguments[i] = text("unit." + type.name());
            } else if (arguments[i] instanceof PartyStatus status) {
                arguments[i] = text("status." + status.name());
            }
        }
        error("rule." + violation.code(), arguments);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
