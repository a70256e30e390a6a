package org.jiannuo.application.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.jiannuo.domain.model.appraisal.Attendance;
import org.jiannuo.domain.model.appraisal.GradingGroup;
import org.jiannuo.domain.model.appraisal.Meeting;
import org.jiannuo.domain.model.appraisal.Presence;
import org.jiannuo.domain.model.appraisal.Subject;
import org.jiannuo.domain.model.organization.OrgUnitRepository;

/**
 * Who a meeting rates, remarks on and grades, in the groups its kind grades and in their order: at the
 * monthly meeting everyone on the roster but the exempted, members before staff; at the secretaries'
 * meeting the active branches below.
 */
@ApplicationScoped
public class MeetingSubjects {

    @Inject
    OrgUnitRepository units;

    public List<Subject> of(Meeting meeting, List<Attendance> roster) {
        List<GradingGroup> groups = meeting.getKind().gradingGroups();
        if (groups.contains(GradingGroup.ORGANIZATIONS)) {
            return units.children(meeting.getUnit().getId()).stream()
                    .filter(unit -> !unit.isDissolved())
                    .sorted(Comparator.comparing(unit -> unit.getTreePath()))
                    .map(Subject::of)
                    .toList();
        }
        return roster.stream()
                .filter(attendance -> attendance.getPresence() != Presence.EXEMPT)
                .map(attendance -> Subject.of(attendance.getPerson()))
                .sorted(Comparator.comparing(subject -> groups.indexOf(subject.group())))
                .toList();
    }
}
