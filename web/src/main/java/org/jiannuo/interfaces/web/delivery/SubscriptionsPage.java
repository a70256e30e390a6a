package org.jiannuo.interfaces.web.delivery;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.jiannuo.application.delivery.SubscriptionView;
import org.jiannuo.application.delivery.Subscriptions;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.delivery.ReportKind;
import org.jiannuo.domain.model.delivery.Subscription;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/** 报告订阅: the department's subscriptions, which report goes to the holders of which post and when. */
@Named
@ViewScoped
public class SubscriptionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Subscriptions subscriptions;

    private List<SubscriptionView> list = List.of();
    private ReportKind report = ReportKind.EVALUATION_TABLES;
    private Role audience = Role.BRANCH_SECRETARY;
    private int dayOfMonth = 5;
    private int hour = 8;

    @PostConstruct
    void load() {
        List<SubscriptionView> loaded = PageActions.call(subscriptions::list);
        list = loaded == null ? List.of() : loaded;
    }

    public void create() {
        if (PageActions.call(() -> subscriptions.create(report, audience, dayOfMonth, hour)) != null) {
            load();
            Messages.info("subscriptions.created");
        }
    }

    public void pause(SubscriptionView subscription) {
        PageActions.onStale("subscriptions.stale", this::load)
                .obtain(() -> subscriptions.pause(subscription.id(), subscription.version()));
        load();
    }

    public void resume(SubscriptionView subscription) {
        PageActions.onStale("subscriptions.stale", this::load)
                .obtain(() -> subscriptions.resume(subscription.id(), subscription.version()));
        load();
    }

    public List<ReportKind> getReports() {
        return Arrays.asList(ReportKind.values());
    }

    public List<Role> getAudiences() {
        return Subscription.AUDIENCES.stream().toList();
    }

    public int getLastDay() {
        return Subscription.LAST_DAY;
    }

    public List<SubscriptionView> getList() {
        return list;
    }

    public ReportKind getReport() {
        return report;
    }

    public void setReport(ReportKind report) {
        this.report = report;
    }

    public Role getAudience() {
        return audience;
    }

    public void setAudience(Role audience) {
        this.audience = audience;
    }

    public int getDayOfMonth() {
        return dayOfMonth;
    }

    public void setDayOfMonth(int dayOfMonth) {
        this.dayOfMonth = dayOfMonth;
    }

    public int getHour() {
        return hour;
    }

    public void setHour(int hour) {
        this.hour = hour;
    }
}
