package org.jiannuo.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jiannuo.interfaces.i18n.LocaleSelection;

/** The view's locale, from the user's switch. */
@Named
@RequestScoped
public class LocaleSelector {

    @Inject
    HttpServletRequest request;

    public Locale getLocale() {
        return LocaleSelection.of(request);
    }

    public boolean isEnglish() {
        return LocaleSelection.ENGLISH.equals(getLocale());
    }
}
