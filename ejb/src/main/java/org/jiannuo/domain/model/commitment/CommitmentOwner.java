package org.jiannuo.domain.model.commitment;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * Whose commitments these are (seed 001: the ledger's owner is a person or an organization): a member's
 * own, or an organization's collective ones. The kind decides who reviews them (the member's branch,
 * the organization's superior) and the year's item counts.
 */
public record CommitmentOwner(Kind kind, long id) implements Serializable {

    public enum Kind {
        PERSON,
        ORGANIZATION
    }

    public CommitmentOwner {
        Objects.requireNonNull(kind, "kind");
    }

    public static CommitmentOwner person(long personId) {
        return new CommitmentOwner(Kind.PERSON, personId);
    }

    public static CommitmentOwner organization(long unitId) {
        return new CommitmentOwner(Kind.ORGANIZATION, unitId);
    }

    /** The owner a request names, by a person's or a unit's id: empty unless it names exactly one. */
    public static Optional<CommitmentOwner> named(Long personId, Long unitId) {
        if ((personId == null) == (unitId == null)) {
            return Optional.empty();
        }
        return Optional.of(personId != null ? person(personId) : organization(unitId));
    }

    public boolean isOrganization() {
        return kind == Kind.ORGANIZATION;
    }
}
