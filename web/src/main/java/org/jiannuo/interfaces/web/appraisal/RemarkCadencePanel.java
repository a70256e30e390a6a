package org.jiannuo.interfaces.web.appraisal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.jiannuo.application.appraisal.AppraisalRulesBook;
import org.jiannuo.domain.model.appraisal.RemarkCadence;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/** On the rules screen: how often leaders comment, monthly (seed 004) or once a half (seed 001). */
@Named
@ViewScoped
public class RemarkCadencePanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AppraisalRulesBook rulesBook;

    private RemarkCadence cadence;

    @PostConstruct
    void load() {
        cadence = rulesBook.settings().remarkCadence();
    }

    public void save() {
        RemarkCadence chosen = cadence;
        PageActions.run(() -> cadence = rulesBook.change(rulesBook.settings().withRemarkCadence(chosen)).remarkCadence(),
                "rules.remarkCadence.saved", Messages.text("rules.remarkCadence." + chosen));
    }

    public RemarkCadence[] getCadences() {
        return RemarkCadence.values();
    }

    public RemarkCadence getCadence() {
        return cadence;
    }

    public void setCadence(RemarkCadence cadence) {
        this.cadence = cadence;
    }
}
