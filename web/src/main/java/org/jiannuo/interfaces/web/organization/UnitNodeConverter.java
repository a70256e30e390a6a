package org.jiannuo.interfaces.web.organization;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.application.organization.UnitNode;
import org.jiannuo.application.organization.UnitNotFoundException;

/** A unit chosen in an autocomplete travels as its id and is read back through the service, in scope. */
@FacesConverter("unitNodeConverter")
public class UnitNodeConverter implements Converter<UnitNode> {

    @Override
    public UnitNode getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return null;
        }
        try {
            return CDI.current().select(OrganizationTree.class).get().node(Long.parseLong(value));
        } catch (UnitNotFoundException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, UnitNode unit) {
        return unit == null ? "" : String.valueOf(unit.id());
    }
}
