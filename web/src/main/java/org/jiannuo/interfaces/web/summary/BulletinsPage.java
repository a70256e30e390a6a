package org.jiannuo.interfaces.web.summary;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.application.summary.BulletinView;
import org.jiannuo.application.summary.Bulletins;
import org.jiannuo.application.summary.SelfReportView;
import org.jiannuo.application.summary.SelfReports;
import org.jiannuo.domain.model.summary.BulletinKind;
import org.jiannuo.domain.model.summary.BulletinText;
import org.jiannuo.interfaces.i18n.BulletinWords;
import org.jiannuo.interfaces.web.CurrentUser;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;
import org.jiannuo.interfaces.web.appraisal.HomeUnit;

/**
 * 半年通报: a unit's half-year bulletins and quarterly reports, drafted for a period from the ledger and the
 * grades, edited and published by its secretary or staff, read by those above it; and its members' self-reports
 * on a half with who has not reported yet.
 */
@Named
@ViewScoped
public class BulletinsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Bulletins bulletins;

    @EJB
    private SelfReports selfReports;

    @EJB
    private OrganizationTree tree;

    @Inject
    private CurrentUser currentUser;

    private Long unit;
    private String unitName;
    private boolean editor;
    private BulletinKind kind = BulletinKind.HALF_YEAR_BULLETIN;
    private String period;
    private List<BulletinView> list = List.of();
    private BulletinView selected;
    private String body;
    private String praised;
    private String urged;
    private String half;
    private List<SelfReportView> reports = List.of();

    /** Without a unit parameter: the account's own unit, or the top of what it may see. */
    public void load() {
        if (unit == null && currentUser.getAccount() != null) {
            unit = HomeUnit.of(currentUser, tree);
        }
        if (unit == null || !PageActions.aboutSubject("bulletins.unitNotFound").attempt(() -> {
            list = bulletins.ofUnit(unit);
            unitName = tree.node(unit).name();
        })) {
            unit = null;
            return;
        }
        editor = bulletins.edits(unit);
        period = bulletins.lastEndedPeriod(kind);
        half = selfReports.currentHalf();
        loadReports();
    }

    /** A new kind proposes the period of that kind just ended. */
    public void changeKind() {
        period = bulletins.lastEndedPeriod(kind);
    }

    public void draft() {
        BulletinView drafted = PageActions.call(() -> bulletins.draft(unit, kind, period,
                new BulletinWords(FacesContext.getCurrentInstance().getViewRoot().getLocale())));
        if (drafted != null) {
            list = bulletins.ofUnit(unit);
            select(drafted);
        }
    }

    public void select(BulletinView bulletin) {
        selected = bulletin;
        body = bulletin.text().body();
        praised = bulletin.text().praised();
        urged = bulletin.text().urged();
    }

    public void save() {
        BulletinView saved = PageActions.onStale("bulletins.stale", this::reselect).obtain(() ->
                bulletins.edit(selected.id(), selected.version(), new BulletinText(body, praised, urged)));
        if (saved != null) {
            done(saved, "bulletins.saved");
        }
    }

    /** Publishes what the editor shows: the text is saved first, so that nothing typed is lost. */
    public void publish() {
        BulletinView published = PageActions.onStale("bulletins.stale", this::reselect).obtain(() -> {
            BulletinView saved = bulletins.edit(selected.id(), selected.version(), new BulletinText(body, praised, urged));
            return bulletins.publish(saved.id(), saved.version());
        });
        if (published != null) {
            done(published, "bulletins.publishedInfo");
        }
    }

    private void done(BulletinView bulletin, String messageKey) {
        list = bulletins.ofUnit(unit);
        select(bulletin);
        Messages.info(messageKey);
    }

    private void reselect() {
        list = bulletins.ofUnit(unit);
        select(bulletins.view(selected.id()));
    }

    public void loadReports() {
        reports = PageActions.call(() -> selfReports.ofUnit(unit, half));
        if (reports == null) {
            reports = List.of();
        }
    }

    public long getNotReported() {
        return reports.stream().filter(report -> !report.submitted()).count();
    }

    public BulletinKind[] getKinds() {
        return BulletinKind.values();
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public String getUnitName() {
        return unitName;
    }

    public boolean isEditor() {
        return editor;
    }

    public BulletinKind getKind() {
        return kind;
    }

    public void setKind(BulletinKind kind) {
        this.kind = kind;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public List<BulletinView> getList() {
        return list;
    }

    public BulletinView getSelected() {
        return selected;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getPraised() {
        return praised;
    }

    public void setPraised(String praised) {
        this.praised = praised;
    }

    public String getUrged() {
        return urged;
    }

    public void setUrged(String urged) {
        this.urged = urged;
    }

    public String getHalf() {
        return half;
    }

    public void setHalf(String half) {
        this.half = half;
    }

    public List<SelfReportView> getReports() {
        return reports;
    }
}
