package org.jiannuo.interfaces.web.opinion;

import java.util.List;
import java.util.Map;
import org.jiannuo.application.opinion.OpinionDesk;
import org.jiannuo.application.opinion.OpinionLine;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The opinions within the caller's reach, nearest deadline first, in the page's state and overdue filter. */
public class OpinionModel extends LazyDataModel<OpinionLine> {

    private static final long serialVersionUID = 1L;

    private final OpinionDesk desk;
    private final OpinionsPage page;

    OpinionModel(OpinionDesk desk, OpinionsPage page) {
        this.desk = desk;
        this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) desk.page(page.getState(), page.isOverdueOnly(), 0, 1).total();
    }

    @Override
    public List<OpinionLine> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return desk.page(page.getState(), page.isOverdueOnly(), first, pageSize).rows();
    }

    @Override
    public String getRowKey(OpinionLine row) {
        return String.valueOf(row.id());
    }
}
