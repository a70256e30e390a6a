package org.jiannuo.domain.model.person;

/** Where a person stands with the party; decides who grades them and what they may commit to. */
public enum PartyStatus {
    FULL_MEMBER,
    PROBATIONARY_MEMBER,
    ACTIVIST,
    /** 党外干部职工: commented on and graded by the unit's administrative head (seed 004). */
    NON_PARTY_STAFF;

    public boolean isPartyMember() {
        return this == FULL_MEMBER || this == PROBATIONARY_MEMBER;
    }
}
