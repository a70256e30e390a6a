package org.jiannuo.domain.model.yearend;

import static org.jiannuo.domain.model.shared.DomainFixtures.withId;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.IdCardNumber;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.quota.Quota;

/** A branch's evaluation with a number of members, each with an id. */
final class YearEndFixtures {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 20, 9, 0);

    private final BranchEvaluation branch;
    private final List<MemberEvaluation> members = new ArrayList<>();

    YearEndFixtures(int size) {
        OrgUnit unit = withId(OrgUnit.root(OrgUnitType.BRANCH, "第一支部"), 1L);
        Campaign campaign = Campaign.open(2026, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31), "admin", NOW);
        branch = new BranchEvaluation(campaign, unit, 11L, 12L, 13L);
        for (int i = 0; i < size; i++) {
            Person person = withId(new Person(unit, "张三", IdCardNumber.withCheckCharacter("41052319800101001"),
                    PartyStatus.FULL_MEMBER), 100L + i);
            members.add(new MemberEvaluation(branch, person, i == 0));
        }
    }

    BranchEvaluation branch() {
        return branch;
    }

    List<MemberEvaluation> members() {
        return members;
    }

    Map<Long, AnnualGrade> allQualified() {
        Map<Long, AnnualGrade> grades = new HashMap<>();
        members.forEach(member -> grades.put(member.getPerson().getId(), AnnualGrade.QUALIFIED));
        return grades;
    }

    void firstExcellent(Map<Long, AnnualGrade> grades, int count) {
        members.stream().limit(count).forEach(member -> grades.put(member.getPerson().getId(), AnnualGrade.EXCELLENT));
    }

    /** Every member proposed qualified, as suggested; confirmed by the superior and published at NOW. */
    YearEndFixtures published() {
        branch.propose(members, allQualified(), Map.of(), allQualified(), Quota.atMost(15), "zhibu", NOW);
        branch.confirm("dangwei", NOW);
        branch.publish(NOW);
        return this;
    }

    /**
     * Proposes, confirms and publishes: the first member excellent, the second unqualified, the others qualified,
     * each as suggested.
     */
    void publishFirstExcellentSecondUnqualified() {
        Map<Long, AnnualGrade> grades = allQualified();
        firstExcellent(grades, 1);
        grades.put(members.get(1).getPerson().getId(), AnnualGrade.UNQUALIFIED);
        branch.propose(members, grades, Map.of(), grades, Quota.atMost(15), "zhibu", NOW);
        branch.confirm("dangwei", NOW);
        branch.publish(NOW);
    }

    Map<Long, String> reasonsForAll() {
        Map<Long, String> reasons = new HashMap<>();
        members.forEach(member -> reasons.put(member.getPerson().getId(), "表现突出"));
        return reasons;
    }
}
