package org.jiannuo.interfaces.web.board;

import jakarta.ejb.EJB;
import org.jiannuo.application.publicity.PublicBoard;

/**
 * A board page of something published that takes objections (a grade, a year-end result): its view with the
 * publicity period and standing, and, while the period lasts, the objection form, a plain HTML form posting to the
 * public API, which redirects back here with what became of it.
 *
 * @param <V> the page's view
 */
public abstract class BoardObjectionTargetPage<V> {

    @EJB
    PublicBoard board;

    private String tenant;
    private String outcome;
    private V view;

    public void load() {
        view = BoardPageSupport.load(() -> find(board, tenant));
    }

    /** The view of the target the address names, in the tenant it names. */
    protected abstract V find(PublicBoard board, String tenantKey);

    public V getView() {
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

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
