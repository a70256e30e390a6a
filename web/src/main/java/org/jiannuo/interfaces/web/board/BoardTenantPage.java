package org.jiannuo.interfaces.web.board;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.jiannuo.application.publicity.BoardViews.TenantBoard;
import org.jiannuo.application.publicity.PublicBoard;

/** The board's front page of a tenant: its top units. */
@Named
@RequestScoped
public class BoardTenantPage {

    @EJB
    PublicBoard board;

    private String tenant;
    private TenantBoard view;

    public void load() {
        view = BoardPageSupport.load(() -> board.tenant(tenant));
    }

    public TenantBoard getView() {
        return view;
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }
}
