package org.jiannuo.interfaces.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jiannuo.interfaces.i18n.LocaleSelection;

/**
 * Every view speaks the language the user chose (Chinese unless they switched), from the moment it
 * is created: the messages of a view action run before the page's {@code f:view} sets its locale,
 * and would otherwise follow the browser's Accept-Language.
 */
public class UserLocaleViewHandler extends ViewHandlerWrapper {

    public UserLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return LocaleSelection.of((HttpServletRequest) context.getExternalContext().getRequest());
    }
}
