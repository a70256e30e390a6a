package org.jiannuo.application.importing;

import java.util.List;
import org.jiannuo.application.importing.ImportChange.Action;
import org.jiannuo.domain.model.person.IdCardNumber;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.PersonProfile;

/** A checked row of a people file and what importing it does. */
record PersonLine(int line, long branchId, IdCardNumber idCard, PartyStatus partyStatus, PersonProfile profile,
        Action action, List<String> changedFields) {

    ImportChange change() {
        return new ImportChange(line, action, idCard.value(), profile.name(), changedFields);
    }
}
