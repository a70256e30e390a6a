package org.jiannuo.interfaces.web.appraisal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.appraisal.ExemptionLine;
import org.jiannuo.application.appraisal.Exemptions;
import org.jiannuo.domain.model.appraisal.ExemptionReason;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/**
 * 免于参加: elderly, weak, sick or disabled members excused from narration. The branch asks for a
 * person and a span of months; the superior approves or refuses.
 */
@Named
@ViewScoped
public class ExemptionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Exemptions exemptions;

    private List<ExemptionLine> lines = List.of();
    private boolean listed;
    private final Map<Long, String> decisionNotes = new HashMap<>();

    private Long person;
    private ExemptionReason reason = ExemptionReason.ELDERLY;
    private YearMonth from = YearMonth.now();
    private YearMonth until = YearMonth.now();
    private String note;

    public void load() {
        listed = PageActions.run(() -> lines = exemptions.list());
        if (!listed) {
            lines = List.of();
        }
    }

    public void request() {
        act(() -> {
            ExemptionLine requested = exemptions.request(person, reason, from, until, note);
            note = null;
            Messages.info("exemption.requested", requested.personName());
            load();
        });
    }

    public void approve(ExemptionLine line) {
        decide(line, true);
    }

    public void refuse(ExemptionLine line) {
        decide(line, false);
    }

    private void decide(ExemptionLine line, boolean approve) {
        act(() -> {
            ExemptionLine decided = exemptions.decide(line.id(), line.version(), approve,
                    decisionNotes.get(line.id()));
            decisionNotes.remove(line.id());
            Messages.info(approve ? "exemption.approved" : "exemption.refused", decided.personName());
            load();
        });
    }

    private void act(Runnable change) {
        PageActions.onStale("exemption.stale", this::load).attempt(change);
    }

    public ExemptionReason[] getReasons() {
        return ExemptionReason.values();
    }

    public List<ExemptionLine> getLines() {
        return lines;
    }

    public boolean isListed() {
        return listed;
    }

    public Map<Long, String> getDecisionNotes() {
        return decisionNotes;
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public ExemptionReason getReason() {
        return reason;
    }

    public void setReason(ExemptionReason reason) {
        this.reason = reason;
    }

    public YearMonth getFrom() {
        return from;
    }

    public void setFrom(YearMonth from) {
        this.from = from;
    }

    public YearMonth getUntil() {
        return until;
    }

    public void setUntil(YearMonth until) {
        this.until = until;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
