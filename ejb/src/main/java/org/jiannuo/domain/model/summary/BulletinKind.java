package org.jiannuo.domain.model.summary;

/**
 * The two published summaries of fulfilment: a branch's half-year bulletin on its members (半年通报, seeds 000,
 * 001, 002), naming the advanced and the lagging; and an organization's quarterly report on its own
 * commitments to its members and the masses (seed 001).
 */
public enum BulletinKind {
    HALF_YEAR_BULLETIN(PeriodKind.HALF_YEAR),
    QUARTERLY_REPORT(PeriodKind.QUARTER);

    private final PeriodKind periodKind;

    BulletinKind(PeriodKind periodKind) {
        this.periodKind = periodKind;
    }

    public PeriodKind periodKind() {
        return periodKind;
    }

    /** The half-year bulletin covers the members' items and grades; the quarterly report the organization's own items. */
    public boolean coversMembers() {
        return this == HALF_YEAR_BULLETIN;
    }
}
