package org.jiannuo.domain.model.yearend;

/**
 * "The participants number at least 80% of the branch's members" (seed 001): the mass evaluation counts
 * only when that many took part. The share is rounded up, so a branch never counts with fewer than the
 * share: 10 members need 8, 3 need 3 (2.4), 1 needs 1.
 */
public record MassQuorum(int percent) {

    public MassQuorum {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("A quorum is a share of 1 to 100 percent: " + percent);
        }
    }

    /** The fewest participants for a branch of this many members. */
    public int required(int members) {
        if (members < 0) {
            throw new IllegalArgumentException("A branch has no negative size: " + members);
        }
        return (int) (((long) members * percent + 99) / 100);
    }

    public boolean isMet(int members, int participants) {
        return participants >= required(members);
    }
}
