package org.jiannuo.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.IdCardNumber;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.Person;
import org.junit.jupiter.api.Test;

class UsernameSchemeTest {

    private final Person person = new Person(OrgUnit.root(OrgUnitType.BRANCH, "东岭村党支部"), "张三丰",
            IdCardNumber.withCheckCharacter("41052319800101007"), PartyStatus.FULL_MEMBER);

    @Test
    void pinyinInitialsWithTheFirstFreeNumber() {
        assertEquals("zsf01", UsernameScheme.PINYIN.usernameFor(person, name -> false));
        assertEquals("zsf03", UsernameScheme.PINYIN.usernameFor(person, Set.of("zsf01", "zsf02")::contains));
    }

    @Test
    void theMobileNumberWhenThereIsOneAndItIsFree() {
        person.reachableAt("13812345678");

        assertEquals("13812345678", UsernameScheme.MOBILE.usernameFor(person, name -> false));
        assertEquals("zsf01", UsernameScheme.MOBILE.usernameFor(person, "13812345678"::equals), "taken: pinyin");
        assertEquals("zsf01", UsernameScheme.PINYIN.usernameFor(person, name -> false));
    }

    @Test
    void withoutAMobileTheMobileSchemeFallsBackToPinyin() {
        assertEquals("zsf01", UsernameScheme.MOBILE.usernameFor(person, name -> false));
    }

    @Test
    void namesWithoutChineseKeepTheirLettersAndShortOnesArePadded() {
        assertEquals("maria", UsernameScheme.initials("Maria"));
        assertEquals("uw", UsernameScheme.initials("王"));
    }
}
