package org.jiannuo.interfaces.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.shared.RuleViolation;

/** The user-facing texts of screens and API answers, in Simplified Chinese or English. */
public final class Bundle {

    private static final String NAME = "org.jiannuo.interfaces.web.messages";

    private Bundle() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        try {
            return new MessageFormat(ResourceBundle.getBundle(NAME, locale).getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A broken rule's message, with enumerated arguments (unit types, party statuses) in the user's words. */
    public static String ruleMessage(Locale locale, RuleViolation violation) {
        Object[] arguments = violation.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof OrgUnitType type) {
                arguments[i] = text(locale, "unit." + type.name());
            } else if (arguments[i] instanceof PartyStatus status) {
                arguments[i] = text(locale, "status." + status.name());
            } else if (arguments[i] instanceof CommitmentStatus status) {
                arguments[i] = text(locale, "commitment.status." + status.name());
            }
        }
        return text(locale, "rule." + violation.code(), arguments);
    }
}
