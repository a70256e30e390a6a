package org.jiannuo.domain.model.summary;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;

public interface SummaryRepository {

    void store(SelfReport report);

    Optional<SelfReport> selfReport(Person person, Period half);

    /** The self-reports written in a unit on the half, by the writers' names. */
    List<SelfReport> selfReportsIn(OrgUnit unit, Period half);

    /** The people on the unit's roster now, by name. */
    List<Person> rosterOf(OrgUnit unit);

    void store(Bulletin bulletin);

    Optional<Bulletin> findBulletin(long id);

    Optional<Bulletin> bulletin(OrgUnit unit, BulletinKind kind, Period period);

    /** A unit's bulletins and reports, the latest year first, then the latest drafted; only the published ones when asked. */
    List<Bulletin> bulletinsOf(OrgUnit unit, boolean publishedOnly);

    /**
     * The approved items of the year the bulletin covers: those its members' items come to (the unit reviews
     * them), or the unit's own collective items.
     */
    List<ItemFacts> items(OrgUnit unit, BulletinKind kind, int year);

    /**
     * The counts of the approved items of the period's year owned by these people, per owner, counted by the
     * database as {@link ItemCounts#of} counts them, for the annual summary; an owner without items is left out.
     */
    Map<Long, ItemCounts> itemCountsOwnedBy(Collection<Long> personIds, Period period);

    /** The members' published monthly grades in the unit's meetings of the period, one record per member graded. */
    List<MemberRecord> members(OrgUnit unit, Period period, List<ItemFacts> items);

    void flush();
}
