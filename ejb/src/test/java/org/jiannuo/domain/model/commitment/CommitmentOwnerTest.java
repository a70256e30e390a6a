package org.jiannuo.domain.model.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommitmentOwnerTest {

    @Test
    void aRequestNamesAPersonOrAnOrganization() {
        assertEquals(Optional.of(CommitmentOwner.person(7)), CommitmentOwner.named(7L, null));
        assertEquals(Optional.of(CommitmentOwner.organization(9)), CommitmentOwner.named(null, 9L));
        assertFalse(CommitmentOwner.person(7).isOrganization());
        assertTrue(CommitmentOwner.organization(9).isOrganization());
    }

    @Test
    void aRequestNamingBothOrNeitherNamesNoOwner() {
        assertEquals(Optional.empty(), CommitmentOwner.named(7L, 9L));
        assertEquals(Optional.empty(), CommitmentOwner.named(null, null));
    }

    @Test
    void aPersonAndAnOrganizationWithTheSameIdAreDifferentOwners() {
        assertFalse(CommitmentOwner.person(5).equals(CommitmentOwner.organization(5)));
    }
}
