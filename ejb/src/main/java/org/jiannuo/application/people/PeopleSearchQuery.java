package org.jiannuo.application.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiannuo.application.NameMatch;
import org.jiannuo.application.PrefixMatch;
import org.jiannuo.application.ResultPage;
import org.jiannuo.application.people.UnitHeadcounts.PageStart;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.Person;

/**
 * Turns a people list request and the caller's scope into one Criteria query for the page and
 * one for the count: the database filters, sorts and pages; only the page is loaded. A table asks
 * for the two separately, an API call for both.
 */
@ApplicationScoped
public class PeopleSearchQuery {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    PrefixMatch prefixMatch;

    @Inject
    NameMatch nameMatch;

    @Inject
    RosterCounts rosterCounts;

    ResultPage<PersonRow> run(PersonSearch search, AccessScope scope) {
        return ResultPage.of(rows(search, scope), search.first(), search.pageSize(), () -> count(search, scope));
    }

    /**
     * A page in two steps: the database sorts narrow rows (the sort key and the id) to find the page's
     * people, and only those are then read whole with their units, so that a deep page (sorted by unit, at
     * the middle of a county) sorts no one's whole record. Sorted by unit, the people of a unit stay together
     * (units of the same name in the order they were made), and a deep page starts at its unit when the people
     * per unit are known ({@link UnitHeadcounts}).
     */
    List<PersonRow> rows(PersonSearch search, AccessScope scope) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<Person> person = ids.from(Person.class);
        boolean byUnit = search.sortField() == PersonSortField.UNIT;
        Join<Person, OrgUnit> unit = needsUnit(search, scope) || byUnit ? person.join("orgUnit") : null;
        List<Predicate> where = new ArrayList<>(List.of(filters(cb, ids, person, unit, search, scope)));
        int offset = search.first();
        Optional<PageStart> start = byUnit && offset > 0 ? pageStart(search, scope) : Optional.empty();
        if (start.isPresent()) {
            where.add(fromUnit(cb, unit, start.get(), search.ascending()));
            offset = start.get().offset();
        }
        ids.select(person.get("id")).where(where.toArray(Predicate[]::new)).orderBy(order(cb, person, unit, search));
        List<Long> pageIds = entityManager.createQuery(ids)
                .setFirstResult(offset)
                .setMaxResults(search.pageSize())
                .getResultList();
        if (pageIds.isEmpty()) {
            return List.of();
        }
        // Fetched with the page: each row shows its unit's name, without a query per row.
        Map<Long, Person> byId = new HashMap<>();
        entityManager.createQuery("SELECT p FROM Person p JOIN FETCH p.orgUnit WHERE p.id IN :ids", Person.class)
                .setParameter("ids", pageIds)
                .getResultList()
                .forEach(found -> byId.put(found.getId(), found));
        return pageIds.stream().map(byId::get).map(PersonRow::of).toList();
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Person> person, Join<Person, OrgUnit> unit,
            PersonSearch search) {
        Order byId = cb.asc(person.get("id"));
        if (search.sortField() != PersonSortField.UNIT) {
            Path<?> key = person.get(search.sortField().path());
            return List.of(search.ascending() ? cb.asc(key) : cb.desc(key), byId);
        }
        return search.ascending() ? List.of(cb.asc(unit.get("name")), cb.asc(unit.get("id")), byId)
                : List.of(cb.desc(unit.get("name")), cb.desc(unit.get("id")), byId);
    }

    /** Where a page sorted by unit starts, from the people per unit kept for the search; empty on H2. */
    private Optional<PageStart> pageStart(PersonSearch search, AccessScope scope) {
        return rosterCounts.kept(new HeadcountsKey(CountKey.of(search, scope)), () -> headcounts(search, scope))
                .flatMap(headcounts -> headcounts.startOf(search.first(), search.ascending()));
    }

    /**
     * The start's unit and those after it in the list's direction. The bare name bound comes first so that the
     * database reads the units from there on by their name index (a comparison, which row-level security lets
     * into an index condition).
     */
    private static Predicate fromUnit(CriteriaBuilder cb, Join<Person, OrgUnit> unit, PageStart start,
            boolean ascending) {
        Path<String> name = unit.get("name");
        Path<Long> id = unit.get("id");
        return ascending
                ? cb.and(cb.greaterThanOrEqualTo(name, start.unitName()), cb.or(cb.greaterThan(name, start.unitName()),
                        cb.and(cb.equal(name, start.unitName()), cb.greaterThanOrEqualTo(id, start.unitId()))))
                : cb.and(cb.lessThanOrEqualTo(name, start.unitName()), cb.or(cb.lessThan(name, start.unitName()),
                        cb.and(cb.equal(name, start.unitName()), cb.lessThanOrEqualTo(id, start.unitId()))));
    }

    private UnitHeadcounts headcounts(PersonSearch search, AccessScope scope) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Person> person = query.from(Person.class);
        Join<Person, OrgUnit> unit = person.join("orgUnit");
        Path<String> name = unit.get("name");
        Path<Long> id = unit.get("id");
        query.multiselect(name, id, cb.count(person))
                .where(filters(cb, query, person, unit, search, scope))
                .groupBy(name, id)
                .orderBy(cb.asc(name), cb.asc(id));
        return new UnitHeadcounts(entityManager.createQuery(query).getResultList().stream()
                .map(row -> new UnitHeadcounts.Headcount((String) row[0], (Long) row[1], (Long) row[2]))
                .toList());
    }

    /**
     * The next batch of matching people by id, for an export that walks the whole result
     * without the cost of ever larger offsets.
     */
    public List<Person> batchAfter(PersonSearch search, AccessScope scope, long afterId, int size) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Person> query = cb.createQuery(Person.class);
        Root<Person> person = query.from(Person.class);
        @SuppressWarnings("unchecked")
        Join<Person, OrgUnit> unit = (Join<Person, OrgUnit>) person.<Person, OrgUnit>fetch("orgUnit");
        List<Predicate> filters = new ArrayList<>(List.of(filters(cb, query, person, unit, search, scope)));
        filters.add(cb.greaterThan(person.get("id"), afterId));
        query.select(person).where(filters.toArray(Predicate[]::new)).orderBy(cb.asc(person.get("id")));
        return entityManager.createQuery(query).setMaxResults(size).getResultList();
    }

    long count(PersonSearch search, AccessScope scope) {
        return rosterCounts.count(CountKey.of(search, scope), () -> countNow(search, scope));
    }

    private long countNow(PersonSearch search, AccessScope scope) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Person> counted = count.from(Person.class);
        // The count joins the units only when a filter needs them: over a whole county the join costs more than the count.
        Join<Person, OrgUnit> countedUnit = needsUnit(search, scope) ? counted.join("orgUnit") : null;
        count.select(cb.count(counted)).where(filters(cb, count, counted, countedUnit, search, scope));
        return entityManager.createQuery(count).getSingleResult();
    }

    /** The people per unit that a search finds: kept beside its count, under a key of their own. */
    private record HeadcountsKey(CountKey search) {
    }

    /** What a count depends on besides the roster: whose people the caller sees, and the search's filters. */
    private record CountKey(Long ownRecordOf, Set<String> subtrees, String text, Long unitId, PartyStatus partyStatus,
            boolean departed) {

        static CountKey of(PersonSearch search, AccessScope scope) {
            boolean own = scope.isOwnRecordOnly();
            return new CountKey(own ? scope.ownPersonId() : null, own ? Set.of() : scope.subtreePaths().orElse(null),
                    textOf(search), search.unitId(), search.partyStatus(), search.departed());
        }
    }

    private static String textOf(PersonSearch search) {
        return search.nameOrIdCard() == null ? "" : search.nameOrIdCard().strip();
    }

    private static boolean needsUnit(PersonSearch search, AccessScope scope) {
        return search.unitId() != null || scope.subtreePaths().isPresent();
    }

    private Predicate[] filters(CriteriaBuilder cb, AbstractQuery<?> query, Root<Person> person,
            Join<Person, OrgUnit> unit, PersonSearch search, AccessScope scope) {
        List<Predicate> filters = new ArrayList<>();
        if (scope.isOwnRecordOnly()) {
            filters.add(scope.ownPersonId() == null ? cb.disjunction() : cb.equal(person.get("id"), scope.ownPersonId()));
        }
        if (!scope.isOwnRecordOnly()) {
            scope.subtreePaths().ifPresent(paths -> filters.add(cb.or(paths.stream()
                    .map(path -> prefixMatch.startsWith(cb, unit.get("treePath"), path)).toArray(Predicate[]::new))));
        }
        String text = textOf(search);
        if (!text.isEmpty()) {
            Path<String> idCard = person.get("idCardNo");
            filters.add(text.matches("\\d{6,17}[\\dXx]?")
                    ? prefixMatch.startsWith(cb, idCard, text.toUpperCase())
                    : nameMatch.contains(cb, query, person, text));
        }
        if (search.unitId() != null) {
            OrgUnit filterUnit = entityManager.find(OrgUnit.class, search.unitId());
            filters.add(filterUnit == null ? cb.disjunction()
                    : prefixMatch.startsWith(cb, unit.get("treePath"), filterUnit.getTreePath()));
        }
        filters.add(search.departed() ? cb.isNotNull(person.get("departedOn")) : cb.isNull(person.get("departedOn")));
        if (search.partyStatus() != null) {
            filters.add(cb.equal(person.get("partyStatus"), search.partyStatus()));
        }
        return filters.toArray(Predicate[]::new);
    }
}
