package org.jiannuo.interfaces.web.board;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.jiannuo.application.publicity.BoardViews.PersonBoard;
import org.jiannuo.application.publicity.PublicBoard;

/** A person's board: their published commitments of the year and their published grades. */
@Named
@RequestScoped
public class BoardPersonPage {

    @EJB
    PublicBoard board;

    private String tenant;
    private String person;
    private Integer year;
    private PersonBoard view;

    public void load() {
        view = BoardPageSupport.load(() -> board.person(tenant, person, BoardPageSupport.year(year)));
    }

    public PersonBoard getView() {
        return view;
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
