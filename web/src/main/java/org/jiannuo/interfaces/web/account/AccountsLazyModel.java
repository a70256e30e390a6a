package org.jiannuo.interfaces.web.account;

import java.util.List;
import java.util.Map;
import org.jiannuo.application.account.AccountAdministration;
import org.jiannuo.application.account.AccountRow;
import org.jiannuo.application.account.AccountSearch;
import org.jiannuo.application.account.AccountState;
import org.jiannuo.interfaces.web.LazyFilters;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The accounts table, a page at a time from the database, filtered by name or username and by state. */
public class AccountsLazyModel extends LazyDataModel<AccountRow> {

    private static final long serialVersionUID = 1L;

    private final transient AccountAdministration administration;

    AccountsLazyModel(AccountAdministration administration) {
        this.administration = administration;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) administration.list(search(filterBy), 0, 1).total();
    }

    @Override
    public List<AccountRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return administration.list(search(filterBy), first, pageSize).rows();
    }

    @Override
    public String getRowKey(AccountRow row) {
        return String.valueOf(row.personId());
    }

    private static AccountSearch search(Map<String, FilterMeta> filterBy) {
        String state = LazyFilters.text(filterBy, "STATE");
        return new AccountSearch(null, state == null || state.isBlank() ? null : AccountState.valueOf(state),
                LazyFilters.text(filterBy, "NAME"));
    }
}
