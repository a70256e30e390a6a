package org.jiannuo.domain.model.appraisal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;

public interface AppraisalRepository {

    Optional<AppraisalRules> rules();

    void store(AppraisalRules rules);

    void store(Meeting meeting);

    Optional<Meeting> findMeeting(long id);

    Optional<Grading> findGrading(long id);

    Optional<Meeting> meeting(OrgUnit unit, MeetingKind kind, YearMonth period);

    /** A unit's meetings, the latest period first. */
    List<Meeting> meetingsOf(OrgUnit unit, int limit);

    /** The meetings of one kind and month held by the units of a subtree, by the units' tree paths. */
    List<Meeting> meetingsUnder(String treePath, MeetingKind kind, YearMonth period);

    void store(Attendance attendance);

    /** The meeting's roster with each person, in the order of their ids. */
    List<Attendance> attendance(Meeting meeting);

    /** One person's line of the meeting's roster, if they are on it: read alone, as every ballot asks it. */
    Optional<Attendance> attendanceOf(Meeting meeting, long personId);

    /** How many were present to vote at each of these meetings, counted together: meeting id → voters. */
    Map<Long, Integer> votersAt(Collection<Long> meetingIds);

    void store(Remark remark);

    List<Remark> remarks(Meeting meeting);

    Optional<Remark> remark(Meeting meeting, RemarkKind kind, String subjectKey);

    void store(NarrationExemption exemption);

    Optional<NarrationExemption> findExemption(long id);

    /** Exemptions asked for people in a subtree, the undecided first, then the latest. */
    List<NarrationExemption> exemptionsUnder(String treePath, int limit);

    /** The people of these units whose approved exemption covers the month. */
    Set<Long> exemptedIn(List<Long> unitIds, YearMonth month);

    void store(BallotTally tally);

    /** The ballot's subjects in ballot order, with their counts as the database holds them now. */
    List<BallotTally> tallies(Meeting meeting);

    /** The ballot lines of many meetings in one go, each meeting's in their order. */
    List<BallotTally> tallies(Collection<Meeting> meetings);

    void store(Grading grading);

    List<Grading> gradings(Meeting meeting);

    /** The grades given at many meetings, read in one go. */
    List<Grading> gradings(Collection<Meeting> meetings);

    /** The person's grades across periods, the latest first; only published meetings' when asked. */
    List<Grading> gradesOf(Person person, boolean publishedOnly);

    /** Published grades in a subtree's meetings between two periods, counted per period and grade. */
    Map<YearMonth, Map<StarGrade, Long>> distribution(String treePath, GradingGroup group, YearMonth from,
            YearMonth until);

    /** The active units of a subtree that hold meetings of this kind: branches, or units with sub-units. */
    long countUnitsHolding(String treePath, MeetingKind kind);

    /** The meetings of a period held in a subtree: how many on or before the due date, how many after. */
    Map<MeetingTimeliness, Long> countHeld(String treePath, MeetingKind kind, YearMonth period, LocalDate due);

    /** The meetings of a period in a subtree held after the due date, the latest first. */
    List<Meeting> lateMeetings(String treePath, MeetingKind kind, YearMonth period, LocalDate due, int limit);

    /** The active units holding meetings of this kind in a subtree that have none for the period. */
    List<OrgUnit> unitsWithoutMeeting(String treePath, MeetingKind kind, YearMonth period, int limit);

    void flush();
}
