package org.jiannuo.interfaces.web.board;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.jiannuo.application.publicity.BoardViews.CommitmentBoard;
import org.jiannuo.application.publicity.PublicBoard;

/** One published commitment with its measures and how far it has come. */
@Named
@RequestScoped
public class BoardCommitmentPage {

    @EJB
    PublicBoard board;

    private String tenant;
    private String commitment;
    private CommitmentBoard view;

    public void load() {
        view = BoardPageSupport.load(() -> board.commitment(tenant, commitment));
    }

    public CommitmentBoard getView() {
        return view;
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public String getCommitment() {
        return commitment;
    }

    public void setCommitment(String commitment) {
        this.commitment = commitment;
    }
}
