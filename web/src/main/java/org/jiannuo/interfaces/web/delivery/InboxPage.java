package org.jiannuo.interfaces.web.delivery;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.delivery.Inbox;
import org.jiannuo.application.delivery.InboxItem;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** 我的报告: the reports delivered to the signed-in recipient, newest first, a page at a time, each as PDF. */
@Named
@ViewScoped
public class InboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Inbox inbox;

    private LazyDataModel<InboxItem> items;
    private long unread;

    @PostConstruct
    void load() {
        items = new Items(inbox);
        unread = inbox.unread();
    }

    public LazyDataModel<InboxItem> getItems() {
        return items;
    }

    public long getUnread() {
        return unread;
    }

    /** The inbox a page at a time: the count and each page one query. */
    private static final class Items extends LazyDataModel<InboxItem> {

        private static final long serialVersionUID = 1L;

        private final Inbox inbox;

        Items(Inbox inbox) {
            this.inbox = inbox;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) inbox.mine(0, 1).total();
        }

        @Override
        public List<InboxItem> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return inbox.mine(first, pageSize).rows();
        }

        @Override
        public String getRowKey(InboxItem item) {
            return String.valueOf(item.id());
        }
    }
}
