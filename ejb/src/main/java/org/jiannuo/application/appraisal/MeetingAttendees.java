package org.jiannuo.application.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jiannuo.domain.model.appraisal.AppraisalRepository;
import org.jiannuo.domain.model.appraisal.Attendance;
import org.jiannuo.domain.model.appraisal.Meeting;
import org.jiannuo.domain.model.ballot.Electorate;
import org.jiannuo.domain.model.ballot.Eligibility;
import org.jiannuo.domain.model.ballot.Occasion;

/** A meeting's voters: those marked present, fixed once its ballot opens. */
@ApplicationScoped
public class MeetingAttendees implements Electorate {

    @Inject
    AppraisalRepository appraisal;

    @Override
    public Eligibility serves() {
        return Eligibility.ATTENDEES;
    }

    @Override
    public boolean admits(Occasion occasion, long personId) {
        return appraisal.attendanceOf(meeting(occasion), personId).filter(Attendance::isVoter).isPresent();
    }

    @Override
    public int size(Occasion occasion) {
        return (int) appraisal.attendance(meeting(occasion)).stream().filter(Attendance::isVoter).count();
    }

    /** One grouped count for a month's meetings, instead of each meeting's roster read whole. */
    @Override
    public Map<Long, Integer> sizes(Collection<Occasion> occasions) {
        Map<Long, Integer> byMeeting = appraisal.votersAt(occasions.stream().map(Occasion::getOwnerId).toList());
        Map<Long, Integer> sizes = new HashMap<>();
        occasions.forEach(occasion -> sizes.put(occasion.getId(), byMeeting.getOrDefault(occasion.getOwnerId(), 0)));
        return sizes;
    }

    private Meeting meeting(Occasion occasion) {
        return appraisal.findMeeting(occasion.getOwnerId()).orElseThrow(() -> new MeetingNotFoundException(
                occasion.getOwnerId()));
    }
}
