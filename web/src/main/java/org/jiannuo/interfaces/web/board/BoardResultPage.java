package org.jiannuo.interfaces.web.board;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.jiannuo.application.publicity.BoardViews.ResultBoard;
import org.jiannuo.application.publicity.PublicBoard;

/**
 * One member's published year-end result with its publicity period and standing, and its objection form while the
 * period lasts.
 */
@Named
@RequestScoped
public class BoardResultPage extends BoardObjectionTargetPage<ResultBoard> {

    private String result;

    @Override
    protected ResultBoard find(PublicBoard board, String tenantKey) {
        return board.result(tenantKey, result);
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }
}
