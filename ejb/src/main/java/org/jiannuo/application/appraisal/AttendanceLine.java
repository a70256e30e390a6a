package org.jiannuo.application.appraisal;

import java.io.Serializable;
import org.jiannuo.domain.model.appraisal.Attendance;
import org.jiannuo.domain.model.appraisal.NarrationMode;
import org.jiannuo.domain.model.appraisal.Presence;
import org.jiannuo.domain.model.person.PartyStatus;

/** One person of a meeting's roster, with their narration. */
public record AttendanceLine(long personId, String name, PartyStatus partyStatus, boolean floating,
        boolean infirm, Presence presence, NarrationMode narrationMode, String narration,
        long version) implements Serializable {

    static AttendanceLine of(Attendance attendance) {
        var person = attendance.getPerson();
        return new AttendanceLine(person.getId(), person.getName(), person.getPartyStatus(), person.isFloating(),
                person.isInfirm(), attendance.getPresence(), attendance.getNarrationMode(), attendance.getNarration(),
                attendance.getVersion());
    }
}
