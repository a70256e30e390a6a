package org.jiannuo.domain.model.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentDraft;
import org.jiannuo.domain.model.commitment.CommitmentKind;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.commitment.ReviewOutcome;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.IdCardNumber;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.function.Executable;

/** Builds a member's commitment and brings it through review to the status a test needs. */
final class Items {

    private Items() {
    }

    static Commitment draft(int year) {
        return draft(LocalDate.of(year, 12, 31));
    }

    /** A member's draft due on the given day, of that day's year. */
    static Commitment draft(LocalDate due) {
        int year = due.getYear();
        OrgUnit committee = OrgUnit.root(OrgUnitType.COMMITTEE, "城关镇党委");
        OrgUnit branch = committee.addChild(OrgUnitType.BRANCH, "东岭村党支部");
        Person member = new Person(branch, "王秀英", IdCardNumber.withCheckCharacter("41052319800101002"),
                PartyStatus.FULL_MEMBER);
        return Commitment.ofPerson(member, year, new CommitmentDraft(CommitmentKind.ANNUAL, null, "服务",
                "每月帮助群众解决一件难事", "建立联系户台账，每月上门走访一次", due), false, "wang");
    }

    /** A commitment of the given year in the given status; approved and published early in that year. */
    static Commitment inStatus(int year, CommitmentStatus status) {
        return inStatus(LocalDate.of(year, 12, 31), status);
    }

    /** A commitment due on the given day in the given status; approved and published early in that year. */
    static Commitment inStatus(LocalDate due, CommitmentStatus status) {
        int year = due.getYear();
        Commitment commitment = draft(due);
        LocalDateTime early = LocalDate.of(year, 1, 10).atTime(9, 0);
        if (status == CommitmentStatus.DRAFT) {
            return commitment;
        }
        commitment.submit(early, "wang");
        switch (status) {
            case SUBMITTED -> {
                return commitment;
            }
            case RETURNED -> {
                commitment.decide(ReviewOutcome.RETURN, "与岗位结合不紧", "shuji", early);
                return commitment;
            }
            case REJECTED -> {
                commitment.decide(ReviewOutcome.REJECT, "不切实际，请重新提出", "shuji", early);
                return commitment;
            }
            default -> commitment.decide(ReviewOutcome.APPROVE, null, "shuji", early);
        }
        if (status == CommitmentStatus.REGISTERED) {
            return commitment;
        }
        commitment.publish(early.toLocalDate());
        if (status == CommitmentStatus.PUBLISHED) {
            return commitment;
        }
        commitment.reportCompletion();
        if (status == CommitmentStatus.COMPLETION_REPORTED) {
            return commitment;
        }
        commitment.closeOut(early.toLocalDate().plusDays(1), false);
        assertEquals(CommitmentStatus.CLOSED, commitment.getStatus());
        return commitment;
    }

    /** Asserts the action is refused with the given rule and returns the violation for its arguments. */
    static RuleViolation assertRefused(String code, Executable action) {
        RuleViolation violation = assertThrows(RuleViolation.class, action);
        assertEquals(code, violation.code(), () -> "refused as " + violation.getMessage());
        return violation;
    }
}
