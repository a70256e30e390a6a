package org.jiannuo.interfaces.web.opinion;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.jiannuo.application.opinion.OpinionDesk;
import org.jiannuo.application.opinion.OpinionLine;
import org.jiannuo.application.opinion.OpinionReceipt;
import org.jiannuo.application.opinion.OpinionRequest;
import org.jiannuo.application.opinion.UnitChoice;
import org.jiannuo.domain.model.opinion.OpinionState;
import org.jiannuo.domain.model.opinion.TargetKind;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/** 意见箱: the opinions a unit handles, with reply, forward and close, and the entry of phone opinions. */
@Named
@ViewScoped
public class OpinionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OpinionDesk desk;

    private OpinionModel opinions;
    private OpinionState state;
    private boolean overdueOnly;
    private OpinionLine selected;
    private String answer;
    private UnitChoice forwardTo;
    private String note;
    private UnitChoice phoneUnit;
    private String phoneText;
    private String phoneName;
    private String phoneContact;
    private OpinionReceipt receipt;

    @PostConstruct
    void init() {
        opinions = new OpinionModel(desk, this);
    }

    /** Opens an opinion in the handling dialog, as it is now. */
    public void select(long id) {
        selected = PageActions.call(() -> desk.opinion(id));
        answer = null;
        forwardTo = null;
        note = null;
    }

    public void reply() {
        act(() -> desk.reply(selected.id(), selected.version(), answer), "opinions.replied");
    }

    public void forward() {
        if (forwardTo == null) {
            Messages.error("opinions.chooseUnit");
            return;
        }
        act(() -> desk.forward(selected.id(), selected.version(), forwardTo.id(), note), "opinions.forwarded");
    }

    public void close() {
        act(() -> desk.close(selected.id(), selected.version(), note), "opinions.closed");
    }

    private void act(Supplier<OpinionLine> action, String doneKey) {
        OpinionLine done = PageActions.onStale("opinions.stale").obtain(action);
        if (done != null) {
            selected = done;
            Messages.info(doneKey);
        }
    }

    public void enterPhoneOpinion() {
        if (phoneUnit == null) {
            Messages.error("opinions.chooseUnit");
            return;
        }
        receipt = PageActions.call(() -> desk.enterPhoneOpinion(new OpinionRequest(TargetKind.UNIT, phoneUnit.id(),
                phoneText, phoneName, phoneContact)));
        if (receipt != null) {
            phoneText = null;
            phoneName = null;
            phoneContact = null;
        }
    }

    public List<UnitChoice> completeUnit(String text) {
        List<UnitChoice> found = PageActions.call(() -> desk.units(text));
        return found == null ? List.of() : found;
    }

    public OpinionState[] getStates() {
        return OpinionState.values();
    }

    public OpinionModel getOpinions() {
        return opinions;
    }

    public OpinionState getState() {
        return state;
    }

    public void setState(OpinionState state) {
        this.state = state;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public OpinionLine getSelected() {
        return selected;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public UnitChoice getForwardTo() {
        return forwardTo;
    }

    public void setForwardTo(UnitChoice forwardTo) {
        this.forwardTo = forwardTo;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public UnitChoice getPhoneUnit() {
        return phoneUnit;
    }

    public void setPhoneUnit(UnitChoice phoneUnit) {
        this.phoneUnit = phoneUnit;
    }

    public String getPhoneText() {
        return phoneText;
    }

    public void setPhoneText(String phoneText) {
        this.phoneText = phoneText;
    }

    public String getPhoneName() {
        return phoneName;
    }

    public void setPhoneName(String phoneName) {
        this.phoneName = phoneName;
    }

    public String getPhoneContact() {
        return phoneContact;
    }

    public void setPhoneContact(String phoneContact) {
        this.phoneContact = phoneContact;
    }

    public OpinionReceipt getReceipt() {
        return receipt;
    }
}
