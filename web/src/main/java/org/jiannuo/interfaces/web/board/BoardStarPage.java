package org.jiannuo.interfaces.web.board;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.jiannuo.application.publicity.BoardViews.StarBoard;
import org.jiannuo.application.publicity.PublicBoard;

/**
 * One village member's published year-end stars with their publicity period and standing, and the objection form
 * while the period lasts.
 */
@Named
@RequestScoped
public class BoardStarPage extends BoardObjectionTargetPage<StarBoard> {

    private String star;

    @Override
    protected StarBoard find(PublicBoard board, String tenantKey) {
        return board.star(tenantKey, star);
    }

    public String getStar() {
        return star;
    }

    public void setStar(String star) {
        this.star = star;
    }
}
