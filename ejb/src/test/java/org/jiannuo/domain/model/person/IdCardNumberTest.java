package org.jiannuo.domain.model.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdCardNumberTest {

    @Test
    void readsBirthDateAndGenderOfAValidNumber() {
        // The check character of the standard's own example, 11010519491231002X.
        IdCardNumber number = new IdCardNumber("11010519491231002X");

        assertEquals(LocalDate.of(1949, 12, 31), number.birthDate());
        assertEquals(Gender.FEMALE, number.gender());
    }

    @Test
    void appendsTheCheckCharacter() {
        assertEquals("11010519491231002X", IdCardNumber.withCheckCharacter("11010519491231002").value());
        assertEquals(Gender.MALE, IdCardNumber.withCheckCharacter("41052320000229001").gender());
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThrows(IllegalArgumentException.class, () -> new IdCardNumber("110105194912310021"));
    }

    @Test
    void refusesAnImpossibleBirthDate() {
        String notLeapYear = "41052320010229001";
        assertThrows(IllegalArgumentException.class, () -> IdCardNumber.withCheckCharacter(notLeapYear));
        assertEquals(LocalDate.of(2000, 2, 29), IdCardNumber.withCheckCharacter("41052320000229001").birthDate());
    }

    @Test
    void refusesMalformedNumbers() {
        assertThrows(IllegalArgumentException.class, () -> new IdCardNumber("4105232000022900"));
        assertThrows(IllegalArgumentException.class, () -> new IdCardNumber("41052320000229001x"));
        assertThrows(IllegalArgumentException.class, () -> new IdCardNumber(null));
    }
}
