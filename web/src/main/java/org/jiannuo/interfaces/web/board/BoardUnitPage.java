package org.jiannuo.interfaces.web.board;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.jiannuo.application.publicity.BoardModelPost;
import org.jiannuo.application.publicity.BoardViews.UnitBoard;
import org.jiannuo.application.publicity.PublicBoard;

/**
 * A unit's board: sub-units, published commitments (a page at a time), published grades of a month, and the
 * party member model posts designated below it.
 */
@Named
@RequestScoped
public class BoardUnitPage {

    @EJB
    PublicBoard board;

    private String tenant;
    private String unit;
    private Integer year;
    private String month;
    private Integer page;
    private UnitBoard view;
    private List<BoardModelPost> modelPosts;

    public void load() {
        view = BoardPageSupport.load(() -> board.unit(tenant, unit, BoardPageSupport.year(year),
                BoardPageSupport.month(month), page == null ? 0 : Math.min(page, 10_000)));
    }

    /** The unit's model posts, read once per request when the page shows them. */
    public List<BoardModelPost> getModelPosts() {
        if (modelPosts == null) {
            modelPosts = view == null ? List.of() : BoardPageSupport.load(() -> board.modelPosts(tenant, unit));
        }
        return modelPosts == null ? List.of() : modelPosts;
    }

    public UnitBoard getView() {
        return view;
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
