package org.jiannuo.domain.model.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiannuo.domain.model.person.Person;

public interface OrgUnitRepository {

    /** Persists a new unit, completes its tree path and writes it at once. */
    void store(OrgUnit unit);

    Optional<OrgUnit> find(long id);

    List<OrgUnit> roots();

    /** Every unit of the tenant, dissolved ones included: a county has about a thousand. */
    List<OrgUnit> all();

    List<OrgUnit> children(long parentId);

    /** Active units whose name contains the text, at most {@code limit} of them. */
    List<OrgUnit> findByName(String text, int limit);

    /** The ids among these units that have sub-units. */
    Set<Long> withChildren(Collection<Long> unitIds);

    /** People in each unit's subtree, counted by the database. */
    Map<Long, Long> peopleInSubtrees(Collection<OrgUnit> units);

    long countPeopleIn(OrgUnit unit);

    /** How many active units this person is the secretary of. */
    long countSecretaryPosts(Person person);

    long countActiveChildren(OrgUnit unit);

    /** Active units whose secretary this person is. */
    List<OrgUnit> unitsWithSecretary(long personId);

    /** Active units whose administrative head this person is. */
    List<OrgUnit> unitsWithAdministrativeHead(long personId);

    /** Both of the above in one statement, for the grants read on every request. */
    LedUnits unitsLedBy(long personId);

    /** The posts with several holders that this person holds. */
    List<Post> postsOf(long personId);

    /** The posts with several holders in this unit. */
    List<Post> postsIn(long unitId);

    /** Which of these people hold a post of any kind: a unit's secretary or head, or a post of their own. */
    Set<Long> postHoldersAmong(Collection<Long> personIds);

    void store(Post post);

    void remove(Post post);

    /** After a move: every unit below the moved one gets the new path prefix and depth. */
    void rewriteSubtree(OrgUnit moved, String oldPath, int depthDelta);

    long count();

    Map<OrgUnitType, Long> countByType();
}
