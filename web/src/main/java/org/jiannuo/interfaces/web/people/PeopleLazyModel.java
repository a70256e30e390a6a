package org.jiannuo.interfaces.web.people;

import java.util.List;
import java.util.Map;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.application.people.PersonRow;
import org.jiannuo.application.people.PersonSearch;
import org.jiannuo.application.people.PersonSortField;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.interfaces.web.LazyFilters;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The people table's rows, one page at a time: its sort and filters become the service's query. */
public class PeopleLazyModel extends LazyDataModel<PersonRow> {

    private static final long serialVersionUID = 1L;

    private final PeopleDirectory directory;
    private PersonSearch currentSearch = search(0, 1, Map.of(), Map.of());
    /** The people who left the roster instead of those on it. */
    private boolean departed;

    PeopleLazyModel(PeopleDirectory directory) {
        this.directory = directory;
    }

    /** PrimeFaces asks for the count, then for the page: each is one query. */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) directory.count(search(0, 1, Map.of(), filterBy));
    }

    @Override
    public List<PersonRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        currentSearch = search(first, pageSize, sortBy, filterBy);
        return directory.rows(currentSearch);
    }

    /** The filters and sort the table shows now: an export writes every page of it. */
    public PersonSearch currentSearch() {
        return currentSearch;
    }

    @Override
    public String getRowKey(PersonRow row) {
        return String.valueOf(row.id());
    }

    private PersonSearch search(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        PersonSortField field = sort == null ? PersonSortField.NAME : PersonSortField.valueOf(sort.getField());
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        return new PersonSearch(LazyFilters.text(filterBy, "NAME"), null, status(filterBy), field, ascending, first,
                pageSize, departed);
    }

    public boolean isDeparted() {
        return departed;
    }

    public void setDeparted(boolean departed) {
        this.departed = departed;
    }

    private static PartyStatus status(Map<String, FilterMeta> filterBy) {
        String value = LazyFilters.text(filterBy, "PARTY_STATUS");
        return value == null || value.isBlank() ? null : PartyStatus.valueOf(value);
    }
}
