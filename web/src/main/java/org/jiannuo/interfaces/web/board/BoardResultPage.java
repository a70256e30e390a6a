package org.jiannuo.interfaces.web.board;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.jiannuo.application.publicity.BoardViews.ResultBoard;
import org.jiannuo.application.publicity.PublicBoard;

/**
 * One member's published year-end result with its publicity period and standing, and, while the period lasts, the
 * objection form: a plain HTML form posting to the public API, which redirects back here with what became of it.
 */
@Named
@RequestScoped
public class BoardResultPage {

    @EJB
    PublicBoard board;

    private String tenant;
    private String result;
    private String outcome;
    private ResultBoard view;

    public void load() {
        view = BoardPageSupport.load(() -> board.result(tenant, result));
    }

    public ResultBoard getView() {
        return view;
    }

    /** The message key of the objection's outcome, if the address reports one. */
    public String getOutcomeKey() {
        return BoardPageSupport.outcomeKey(outcome);
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
