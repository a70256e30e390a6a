package org.jiannuo.application.people;

import java.time.LocalDate;
import org.jiannuo.domain.model.person.Gender;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.Person;

/** One line of a people list. */
public record PersonRow(long id, String name, Gender gender, LocalDate birthDate, PartyStatus partyStatus,
        String unitName, String post, String phone, boolean floating, boolean retired) {

    static PersonRow of(Person person) {
        return new PersonRow(person.getId(), person.getName(), person.getGender(), person.getBirthDate(),
                person.getPartyStatus(), person.getOrgUnit().getName(),
                person.getPost() != null ? person.getPost() : person.getAssignedPost(),
                person.getPhone(), person.isFloating(), person.isRetired());
    }
}
