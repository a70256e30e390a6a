package org.jiannuo.application.people;

import java.io.Serializable;
import org.jiannuo.domain.model.person.PartyStatus;

/**
 * A people list request: filters (null means "any"), one sort column and a page.
 *
 * @param nameOrIdCard part of the name, or the start of the ID-card number
 * @param unitId       only people in this unit's subtree
 * @param departed     the people who left the roster instead of those on it
 */
public record PersonSearch(String nameOrIdCard, Long unitId, PartyStatus partyStatus,
        PersonSortField sortField, boolean ascending, int first, int pageSize, boolean departed)
        implements Serializable {

    /** A search of the roster. */
    public PersonSearch(String nameOrIdCard, Long unitId, PartyStatus partyStatus, PersonSortField sortField,
            boolean ascending, int first, int pageSize) {
        this(nameOrIdCard, unitId, partyStatus, sortField, ascending, first, pageSize, false);
    }

    public PersonSearch {
        if (first < 0 || pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds 1 to 500 rows");
        }
        sortField = sortField == null ? PersonSortField.NAME : sortField;
    }
}
