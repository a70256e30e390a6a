package org.jiannuo.application.people;

import java.time.LocalDate;
import org.jiannuo.domain.model.person.Gender;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonProfile;

/** A person as the form shows it, with the version the form will be saved against. */
public record PersonDetails(long id, long version, String idCardNo, Gender gender, LocalDate birthDate,
        String unitName, boolean secretary, boolean editable, PersonProfile profile) {

    static PersonDetails of(Person person, boolean editable) {
        return new PersonDetails(person.getId(), person.getVersion(), person.getIdCardNo(), person.getGender(),
                person.getBirthDate(), person.getOrgUnit().getName(), person.isSecretary(), editable,
                PersonProfile.of(person));
    }
}
