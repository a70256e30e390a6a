package org.jiannuo.interfaces.web.delivery;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.jiannuo.application.delivery.DeliveryRuns;
import org.jiannuo.application.delivery.RunView;
import org.jiannuo.interfaces.delivery.DeliveryJob;
import org.jiannuo.interfaces.web.CurrentUser;
import org.jiannuo.interfaces.web.PageActions;

/** 报告生成批次: the delivery runs with their progress, refreshed while the page is open; a run stopped and resumed. */
@Named
@ViewScoped
public class DeliveryRunsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DeliveryRuns runs;

    @Inject
    private DeliveryJob job;

    @Inject
    private CurrentUser currentUser;

    private List<RunView> list = List.of();

    @PostConstruct
    public void refresh() {
        List<RunView> loaded = PageActions.call(runs::latest);
        list = loaded == null ? List.of() : loaded;
    }

    public void stop(RunView run) {
        PageActions.call(() -> runs.stop(run.id(), LocalDateTime.now()));
        refresh();
    }

    public void resume(RunView run) {
        if (PageActions.call(() -> runs.resume(run.id())) != null) {
            job.resumeLater(currentUser.getAccount().tenantCode(), run.id());
        }
        refresh();
    }

    public List<RunView> getList() {
        return list;
    }
}
