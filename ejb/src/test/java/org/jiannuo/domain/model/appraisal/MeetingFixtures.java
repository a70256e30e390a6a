package org.jiannuo.domain.model.appraisal;

import static org.jiannuo.domain.model.shared.DomainFixtures.withId;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.IdCardNumber;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.Person;

/**
 * Builds the branch, people and meetings the appraisal tests share. Entities get their ids by
 * reflection, as the database would assign them, because subject keys are made from ids.
 */
final class MeetingFixtures {

    static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 20, 10, 0);
    static final LocalDate TODAY = NOW.toLocalDate();
    static final YearMonth PERIOD = YearMonth.of(2027, 3);
    static final LocalDate HELD_ON = LocalDate.of(2027, 3, 18);
    static final String TOPIC = "学习贯彻党的二十大精神";
    static final String RECORDER = "tester";

    private MeetingFixtures() {
    }

    static OrgUnit branch() {
        return withId(OrgUnit.root(OrgUnitType.BRANCH, "第一支部"), 11L);
    }

    /** A person of the branch whose id is {@code id}; the id also varies the ID-card number. */
    static Person person(long id, String name, PartyStatus status) {
        String first17 = "41052319800101" + String.format("%03d", id);
        return withId(new Person(branch(), name, IdCardNumber.withCheckCharacter(first17), status), id);
    }

    static Person member() {
        return person(7L, "王秀英", PartyStatus.FULL_MEMBER);
    }

    static Person floatingMember() {
        Person member = person(8L, "李建国", PartyStatus.FULL_MEMBER);
        member.floatTo("广东省深圳市");
        return member;
    }

    static Meeting lifeMeeting() {
        return Meeting.held(branch(), MeetingKind.ORGANIZATION_LIFE, PERIOD, HELD_ON, TOPIC, RECORDER, NOW);
    }

    static Meeting closedMeeting() {
        Meeting meeting = lifeMeeting();
        meeting.openBallot(BallotMode.ELECTRONIC);
        meeting.closeBallot();
        return meeting;
    }

    /** A meeting whose members' grades are confirmed and posted. */
    static Meeting publishedMeeting() {
        Meeting meeting = closedMeeting();
        meeting.confirm(GradingGroup.MEMBERS, NOW);
        meeting.publish(List.of(GradingGroup.MEMBERS), NOW);
        return meeting;
    }
}
