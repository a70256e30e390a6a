package org.jiannuo.domain.model.commitment;

import java.util.List;
import java.util.Optional;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;

public interface CommitmentRepository {

    Optional<CommitmentRules> rules(int year);

    void store(CommitmentRules rules);

    void store(Commitment commitment);

    void store(CommitmentRevision revision);

    void store(ReviewDecision decision);

    Optional<Commitment> find(long id);

    /** The owner's commitments of a year (a person's, or an organization's own), oldest first. */
    List<Commitment> of(CommitmentOwner owner, int year);

    /**
     * The registered and published commitments of the members a unit reviews, by member, for the
     * members' letters of a branch.
     */
    List<Commitment> approvedOfMembers(OrgUnit reviewingUnit, int year);

    List<CommitmentRevision> revisions(Commitment commitment);

    List<ReviewDecision> decisions(Commitment commitment);

    /** Writes pending changes now, so that a concurrent decision is detected inside the service call. */
    /**
     * A unit moved: the items of its subtree take its new path in place of the old prefix (see the item's
     * unit path).
     */
    void rewriteUnitPaths(String oldPath, String newPath);

    /** The person was renamed: their items take the new name (see the item's owner name). */
    void renameOwner(Person owner);

    /** The organization was renamed: its collective items take the new name. */
    void renameOwner(OrgUnit owner);

    void flush();
}
