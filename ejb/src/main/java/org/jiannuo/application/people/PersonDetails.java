package org.jiannuo.application.people;

import java.time.LocalDate;
import java.util.List;
import org.jiannuo.domain.model.person.Departure;
import org.jiannuo.domain.model.person.Gender;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonProfile;

/**
 * A person as the form shows it, with the version the form will be saved against and where they belonged when.
 * A person who left the roster ({@code departure} set) is shown as they were, and no longer edited.
 */
public record PersonDetails(long id, long version, String idCardNo, Gender gender, LocalDate birthDate,
        String unitName, boolean secretary, boolean editable, PersonProfile profile, List<Stay> history,
        Departure departure, LocalDate departedOn) {

    static PersonDetails of(Person person, boolean editable, List<Stay> history) {
        return new PersonDetails(person.getId(), person.getVersion(), person.getIdCardNo(), person.getGender(),
                person.getBirthDate(), person.getOrgUnit().getName(), person.isSecretary(),
                editable && !person.hasDeparted(), PersonProfile.of(person), history, person.getDeparture(),
                person.getDepartedOn());
    }
}
