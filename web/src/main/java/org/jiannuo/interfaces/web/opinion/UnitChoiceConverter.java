package org.jiannuo.interfaces.web.opinion;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.jiannuo.application.opinion.UnitChoice;

/**
 * A unit chosen in an autocomplete travels as its id and name; only the id counts, and the service checks it
 * again (a forwarded opinion's unit must exist in the tenant, a phone opinion's must be the caller's to handle).
 */
@FacesConverter("unitChoiceConverter")
public class UnitChoiceConverter implements Converter<UnitChoice> {

    @Override
    public UnitChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.matches("\\d{1,18}:.*")) {
            return null;
        }
        int colon = value.indexOf(':');
        return new UnitChoice(Long.parseLong(value.substring(0, colon)), value.substring(colon + 1));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, UnitChoice unit) {
        return unit == null ? "" : unit.id() + ":" + unit.name();
    }
}
