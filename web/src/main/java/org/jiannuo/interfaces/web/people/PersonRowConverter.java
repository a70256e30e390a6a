package org.jiannuo.interfaces.web.people;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.application.people.PersonNotFoundException;
import org.jiannuo.application.people.PersonRow;

/** A person chosen in an autocomplete travels as their id and is read back through the service, in scope. */
@FacesConverter("personRowConverter")
public class PersonRowConverter implements Converter<PersonRow> {

    @Override
    public PersonRow getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return null;
        }
        try {
            return CDI.current().select(PeopleDirectory.class).get().row(Long.parseLong(value));
        } catch (PersonNotFoundException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, PersonRow row) {
        return row == null ? "" : String.valueOf(row.id());
    }
}
